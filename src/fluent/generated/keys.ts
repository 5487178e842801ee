import '@servicenow/sdk/global'

declare global {
    namespace Now {
        namespace Internal {
            interface Keys extends KeysRegistry {
                explicit: {
                    acl_banner_ajax_execute: {
                        table: 'sys_security_acl'
                        id: '8440ff20b191435ea8cb82992e219088'
                    }
                    acl_decision_create: {
                        table: 'sys_security_acl'
                        id: '14682e9176fa48f48984199e447a8032'
                    }
                    acl_decision_delete: {
                        table: 'sys_security_acl'
                        id: '5ba1b49efac44026b83518b9998ed299'
                    }
                    acl_decision_read: {
                        table: 'sys_security_acl'
                        id: 'b5e505a69bc541d2b73364ccbcea16b2'
                    }
                    acl_decision_write: {
                        table: 'sys_security_acl'
                        id: '4d8b3f01b9ff4119a6c110751778b481'
                    }
                    acl_department_create: {
                        table: 'sys_security_acl'
                        id: '5c35908afd82463a82bcd500032cc5f6'
                    }
                    acl_department_delete: {
                        table: 'sys_security_acl'
                        id: 'bfa50433b7e4444fa91f2c9c521d2651'
                    }
                    acl_department_import_create: {
                        table: 'sys_security_acl'
                        id: '1563912e488245ad8d1bda0086696c7e'
                    }
                    acl_department_import_delete: {
                        table: 'sys_security_acl'
                        id: '3299d65c81bf49b8ba665cc819bcdac1'
                    }
                    acl_department_import_read: {
                        table: 'sys_security_acl'
                        id: '5336e2d1650245839050bb1375694942'
                    }
                    acl_department_import_write: {
                        table: 'sys_security_acl'
                        id: 'b0d157a208864295bc43db6574f89127'
                    }
                    acl_department_read: {
                        table: 'sys_security_acl'
                        id: '2f9efc71041e496a9ba5fcd395269f19'
                    }
                    acl_department_write: {
                        table: 'sys_security_acl'
                        id: '60d0f06d6fae46a6a7838b00f80590e5'
                    }
                    acl_incident_boomerangs_create: {
                        table: 'sys_security_acl'
                        id: 'bd54938090734b0a904ae62c67f28355'
                    }
                    acl_incident_boomerangs_write: {
                        table: 'sys_security_acl'
                        id: '607f6223b9624df4a9a88f13e511d9b7'
                    }
                    acl_incident_escalation_create: {
                        table: 'sys_security_acl'
                        id: '58e31051c91f4e56b6c67e714e3cd818'
                    }
                    acl_incident_escalation_write: {
                        table: 'sys_security_acl'
                        id: '36eeeac2040f48efa838ee67421ae41a'
                    }
                    acl_incident_hops_create: {
                        table: 'sys_security_acl'
                        id: 'bf91b08ef76d4715a57bac9d272c302c'
                    }
                    acl_incident_hops_write: {
                        table: 'sys_security_acl'
                        id: 'cc4267ca47f548878427d3a1cee74423'
                    }
                    acl_incident_partner_create: {
                        table: 'sys_security_acl'
                        id: 'e22aaf2f6ddb477ba35dc99445fbd751'
                    }
                    acl_incident_partner_write: {
                        table: 'sys_security_acl'
                        id: '8c22cadd1cca477bbaf935097930829a'
                    }
                    acl_incident_pending_decision_create: {
                        table: 'sys_security_acl'
                        id: '83a0a591e97d48818faad29d92be80c1'
                    }
                    acl_incident_pending_decision_write: {
                        table: 'sys_security_acl'
                        id: '666efd7cb2f3424da95a47ecece41460'
                    }
                    acl_incident_ping_pong_create: {
                        table: 'sys_security_acl'
                        id: 'e41534bae6a447e09f5167d01a7d0f4f'
                    }
                    acl_incident_ping_pong_write: {
                        table: 'sys_security_acl'
                        id: '9e5ea3f9643043188d0a9351fe372415'
                    }
                    acl_incident_signal_create: {
                        table: 'sys_security_acl'
                        id: 'fb3ddeeaaa4b48bbb43d12f7c84a4949'
                    }
                    acl_incident_signal_write: {
                        table: 'sys_security_acl'
                        id: '42ee969d2fc149a4b228f6f4671dda3e'
                    }
                    acl_partner_create: {
                        table: 'sys_security_acl'
                        id: 'b65829ab954140a29f27dd4ac7e38bfd'
                    }
                    acl_partner_delete: {
                        table: 'sys_security_acl'
                        id: 'a30ac06712ea4c419b75fb4d2fe25c3f'
                    }
                    acl_partner_read: {
                        table: 'sys_security_acl'
                        id: '1da2262e6e4e4061b29016e15c78c14c'
                    }
                    acl_partner_write: {
                        table: 'sys_security_acl'
                        id: '47b78c9c3df744f7a0e74444a43ccb5b'
                    }
                    acl_red_flag_create: {
                        table: 'sys_security_acl'
                        id: '7043321f1e4748d181c705ac89c5f6a2'
                    }
                    acl_red_flag_delete: {
                        table: 'sys_security_acl'
                        id: '9019b1d0579a45508bbbbd7e7a63d112'
                    }
                    acl_red_flag_read: {
                        table: 'sys_security_acl'
                        id: '7fd6b9190e9c415cbaf92c4841e0a5e9'
                    }
                    acl_red_flag_write: {
                        table: 'sys_security_acl'
                        id: 'bca30837bff74bb0ba7e6f7464d6a4e0'
                    }
                    acl_route_create: {
                        table: 'sys_security_acl'
                        id: '441b9b694bfe48688fb7eec33993aade'
                    }
                    acl_route_delete: {
                        table: 'sys_security_acl'
                        id: '01d66816eaca4830917007897ff725a1'
                    }
                    acl_route_read: {
                        table: 'sys_security_acl'
                        id: '7fbb28b26a7d4490923fdd299fb57030'
                    }
                    acl_route_write: {
                        table: 'sys_security_acl'
                        id: 'a9012cadd8ba41e99e8f71a648f92bcd'
                    }
                    acl_staff_import_create: {
                        table: 'sys_security_acl'
                        id: '94d83ee261864b34b9d938ca829a6a16'
                    }
                    acl_staff_import_delete: {
                        table: 'sys_security_acl'
                        id: '69ac9dc8f17b4f16a5cddbce7486f821'
                    }
                    acl_staff_import_read: {
                        table: 'sys_security_acl'
                        id: 'ae08f178abc6417e88679aec9fde1bd7'
                    }
                    acl_staff_import_write: {
                        table: 'sys_security_acl'
                        id: 'e185614d5c1341ff8c3bebf45261f46e'
                    }
                    annotation_red_flag_note: {
                        table: 'sys_ui_annotation'
                        id: 'a170e058d87441c9ad8cdacd4cff5103'
                    }
                    annotation_route_specialty: {
                        table: 'sys_ui_annotation'
                        id: 'df57dd0812c045beb7961aa0e98b7a74'
                    }
                    atf_acl_app_admin_writes: {
                        table: 'sys_atf_test'
                        id: '7700c3810a6b459ab9a76163eb08451a'
                    }
                    atf_acl_itil_read_only: {
                        table: 'sys_atf_test'
                        id: '40fe5e6854f447458254d97c947ce81b'
                    }
                    atf_admin_department_duplicate: {
                        table: 'sys_atf_test'
                        id: '612fd0be245942d08927fd7ccc3b04d8'
                    }
                    atf_admin_department_inactive_ok: {
                        table: 'sys_atf_test'
                        id: 'd673685204fc41e9b320c1a0e29e3b06'
                    }
                    atf_admin_route_invalid: {
                        table: 'sys_atf_test'
                        id: '55b66d85aa2d47c09e36873457383a04'
                    }
                    atf_admin_route_valid: {
                        table: 'sys_atf_test'
                        id: '5ba64dea05da411aaee56ef498198760'
                    }
                    atf_agent_note_kept: {
                        table: 'sys_atf_test'
                        id: '2a607ad2879c4a61ad57aaf92a90464b'
                    }
                    atf_banner_not_shown: {
                        table: 'sys_atf_test'
                        id: '01064b54660a40ddbfb65262c1086a9b'
                    }
                    atf_banner_shown: {
                        table: 'sys_atf_test'
                        id: '5f33446a8ae94816b344fabc966eb380'
                    }
                    atf_boomerang_blocked_form: {
                        table: 'sys_atf_test'
                        id: 'ae12815769504db281facb5c7958a85f'
                    }
                    atf_boomerang_not_escalation_form: {
                        table: 'sys_atf_test'
                        id: '9652b20f5ec548ee8dfbbaf2fc565947'
                    }
                    atf_explain_decision_row: {
                        table: 'sys_atf_test'
                        id: '0b50220f88314ae3b11dc26bd7d57d7b'
                    }
                    atf_explain_no_decision: {
                        table: 'sys_atf_test'
                        id: '43f677a4b6244fd6ad5d2fdb3ab674f4'
                    }
                    atf_never_lose_kill_switch: {
                        table: 'sys_atf_test'
                        id: '005c3500de3940958d9c9bd10f9945d9'
                    }
                    atf_never_lose_no_target: {
                        table: 'sys_atf_test'
                        id: 'c3bb5c6709bd46d5a6e948e1fb6b38a6'
                    }
                    atf_routing_plain_caller_kept: {
                        table: 'sys_atf_test'
                        id: 'b5e2c498dc4e40cc9724d5cc269ffedd'
                    }
                    atf_routing_red_flag_rerouted: {
                        table: 'sys_atf_test'
                        id: 'f80772eed3e84a1cb1979ab26a4aabef'
                    }
                    atf_send_to_partner_hidden: {
                        table: 'sys_atf_test'
                        id: 'cfde1db821ed4211be4ffb3ab6ce7c1c'
                    }
                    atf_send_to_partner_visible: {
                        table: 'sys_atf_test'
                        id: '512ef53491b544e685836b414ea51124'
                    }
                    atf_stamp_columns_secured: {
                        table: 'sys_atf_test'
                        id: '91b14630ec424e639b42d3c874328033'
                    }
                    atf_stamp_decision_after_save: {
                        table: 'sys_atf_test'
                        id: 'e0a79204e5304b50a155d0b57f00b458'
                    }
                    atf_stamp_red_flag: {
                        table: 'sys_atf_test'
                        id: 'fc192a16f1f34ef8a38a0a0d26d1f641'
                    }
                    atf_suite: {
                        table: 'sys_atf_test_suite'
                        id: '6217b19e01d34d319b07b6ad79d7a2f3'
                    }
                    atf_suite_01: {
                        table: 'sys_atf_test_suite_test'
                        id: '8885a8f179d44672b3aa5ecaeece86f5'
                    }
                    atf_suite_02: {
                        table: 'sys_atf_test_suite_test'
                        id: '9a0172e755d644a28faaee743388d301'
                    }
                    atf_suite_03: {
                        table: 'sys_atf_test_suite_test'
                        id: '6b395a980dc748688c3d0dfbc44bf9c5'
                    }
                    atf_suite_04: {
                        table: 'sys_atf_test_suite_test'
                        id: '9945f958393b478885298d2efdbcdf32'
                    }
                    atf_suite_05: {
                        table: 'sys_atf_test_suite_test'
                        id: 'd94590763b9942fbbc7a4d3303c8fdce'
                    }
                    atf_suite_06: {
                        table: 'sys_atf_test_suite_test'
                        id: '62cd6754cae34cf1a541238123d84fe0'
                    }
                    atf_suite_07: {
                        table: 'sys_atf_test_suite_test'
                        id: 'ea7b0a12d716421ca17f4a55d9597389'
                    }
                    atf_suite_08: {
                        table: 'sys_atf_test_suite_test'
                        id: 'cca135ac50044721b7e962e08f7c547c'
                    }
                    atf_suite_09: {
                        table: 'sys_atf_test_suite_test'
                        id: 'c3f1607b35a6410994cb1bdf16edd726'
                    }
                    atf_suite_10: {
                        table: 'sys_atf_test_suite_test'
                        id: '6fad2ae4fbdf489c92b01ec8d3fa6b81'
                    }
                    atf_suite_11: {
                        table: 'sys_atf_test_suite_test'
                        id: '3ab0b9608d3149bcace275d5fb1ae57c'
                    }
                    atf_suite_12: {
                        table: 'sys_atf_test_suite_test'
                        id: 'f8d7fcd8e87b4d18956bbaa69032bd58'
                    }
                    atf_suite_13: {
                        table: 'sys_atf_test_suite_test'
                        id: 'aae1d780c117467589e3b2eacb26f084'
                    }
                    atf_suite_14: {
                        table: 'sys_atf_test_suite_test'
                        id: 'c1181955824d47ff8dbb885daa7de17d'
                    }
                    atf_suite_15: {
                        table: 'sys_atf_test_suite_test'
                        id: 'a6c45d85a27444e2aee652e27a9ad283'
                    }
                    atf_suite_16: {
                        table: 'sys_atf_test_suite_test'
                        id: 'd9754596bebe41eaae2a9864a497bafe'
                    }
                    atf_suite_17: {
                        table: 'sys_atf_test_suite_test'
                        id: '32475e86f0774faf8ff5119e4e8ddf19'
                    }
                    atf_suite_18: {
                        table: 'sys_atf_test_suite_test'
                        id: '146c8091883f43ed9244d5f4ebeac4c0'
                    }
                    atf_suite_19: {
                        table: 'sys_atf_test_suite_test'
                        id: '41476ed22c754e4b9f5c1b5a0469af36'
                    }
                    atf_suite_20: {
                        table: 'sys_atf_test_suite_test'
                        id: 'c3f43a3b2b444bc09b08e5256406f776'
                    }
                    atf_suite_21: {
                        table: 'sys_atf_test_suite_test'
                        id: '22089b1bd2714c078160631365fda1fb'
                    }
                    atf_suite_22: {
                        table: 'sys_atf_test_suite_test'
                        id: '920e7237de584c30b1f8e2335b2da9c6'
                    }
                    atf_suite_23: {
                        table: 'sys_atf_test_suite_test'
                        id: 'a76c4e5a4e424a43a6d785118a0ae95d'
                    }
                    atf_suite_24: {
                        table: 'sys_atf_test_suite_test'
                        id: '2974dec1f6da42929d3a0fa8033ecf38'
                    }
                    atf_suite_25: {
                        table: 'sys_atf_test_suite_test'
                        id: 'f6d3f9baca1a488683560cda24c23238'
                    }
                    atf_suite_26: {
                        table: 'sys_atf_test_suite_test'
                        id: '5df27a68aa3347118700356e651190d8'
                    }
                    atf_surfaces_backfill: {
                        table: 'sys_atf_test'
                        id: 'f8df290dffa646f78aa9d46e7145635e'
                    }
                    atf_surfaces_module_report: {
                        table: 'sys_atf_test'
                        id: 'be01cd57c83b40f78c56eff50d08d0b6'
                    }
                    atf_surfaces_ping_pong: {
                        table: 'sys_atf_test'
                        id: '1a0fb3c18b234e8a8dd3749a4ecd22f6'
                    }
                    atf_workspace_button: {
                        table: 'sys_atf_test'
                        id: 'c4bd340ce0fb48169c226f4ad5787d70'
                    }
                    atf01_caller: {
                        table: 'sys_atf_step'
                        id: '4bdb04826f524dc1a4d571bc7d5f83b8'
                    }
                    atf01_enabled: {
                        table: 'sys_atf_step'
                        id: '2993f79b0ecc4e5c8f4f7828e9a39e4f'
                    }
                    atf01_flag: {
                        table: 'sys_atf_step'
                        id: '5f003fadc7474f7a8d2e9695e66b9125'
                    }
                    atf01_help: {
                        table: 'sys_atf_step'
                        id: '18ed72cc08344116bfe308a437d5f530'
                    }
                    atf01_incident: {
                        table: 'sys_atf_step'
                        id: '5cb4e4c526404d709da6be9a381d075a'
                    }
                    atf01_network: {
                        table: 'sys_atf_step'
                        id: '183b27f5f9894deb8b0841f5778200ee'
                    }
                    atf01_partner: {
                        table: 'sys_atf_step'
                        id: 'cf312e317ab7446d85f9365f8a28a5cc'
                    }
                    atf01_route: {
                        table: 'sys_atf_step'
                        id: '926b2793473b47bf96b07537feb308ec'
                    }
                    atf01_tier1: {
                        table: 'sys_atf_step'
                        id: 'ec16d7c520ea47d8a82d598cac7e4744'
                    }
                    atf01_validate: {
                        table: 'sys_atf_step'
                        id: 'fbb6acb1711e4a5dbcf89c2701144827'
                    }
                    atf02_caller: {
                        table: 'sys_atf_step'
                        id: '8a15c2c0e1174b24b712c33fcc6121a7'
                    }
                    atf02_enabled: {
                        table: 'sys_atf_step'
                        id: 'e93c2dd2777f43259c66cd714116a81b'
                    }
                    atf02_help: {
                        table: 'sys_atf_step'
                        id: '70b0a780b1a94638a8935ee2562305fd'
                    }
                    atf02_incident: {
                        table: 'sys_atf_step'
                        id: '95c367e3ca3d445183e9c84f822ec5be'
                    }
                    atf02_network: {
                        table: 'sys_atf_step'
                        id: '5c3ff54b0e064adcb65cb790adf2af29'
                    }
                    atf02_route: {
                        table: 'sys_atf_step'
                        id: 'efb25b58ee724d7b999282eaaf000717'
                    }
                    atf02_tier1: {
                        table: 'sys_atf_step'
                        id: '01e70e9370654285a5aceb7e07bbb3fd'
                    }
                    atf02_validate: {
                        table: 'sys_atf_step'
                        id: '54cf28f153804636bdbdc59bda10a8a1'
                    }
                    atf03_caller: {
                        table: 'sys_atf_step'
                        id: '53871579b92c434d93f3412d5d73f083'
                    }
                    atf03_decision: {
                        table: 'sys_atf_step'
                        id: '5700e4d38ab048ad8b2fded21e353c2f'
                    }
                    atf03_enabled: {
                        table: 'sys_atf_step'
                        id: '92bb3f797137434f9cf8c5d22b6f0e23'
                    }
                    atf03_flag: {
                        table: 'sys_atf_step'
                        id: 'a926fd1d78114a1d8c269f1c39bd0cfd'
                    }
                    atf03_help: {
                        table: 'sys_atf_step'
                        id: '42116337d6514011a47c697eac677585'
                    }
                    atf03_incident: {
                        table: 'sys_atf_step'
                        id: '0ef2dfc04b7641bebb7b35cdf6b44a72'
                    }
                    atf03_network: {
                        table: 'sys_atf_step'
                        id: '8dce4606276f4ff78948eb0d6e7939a9'
                    }
                    atf03_partner: {
                        table: 'sys_atf_step'
                        id: '8b4e8cca959f47e781cf345ba7fb8273'
                    }
                    atf03_route: {
                        table: 'sys_atf_step'
                        id: '8ae7f63960dd4c8fb039334f49ef896e'
                    }
                    atf03_tier1: {
                        table: 'sys_atf_step'
                        id: '876573b368a74422a9d0fb1354498814'
                    }
                    atf03_work_note: {
                        table: 'sys_atf_step'
                        id: '8a42d0aa65df46f88e7ccb8218f00e85'
                    }
                    atf04_caller: {
                        table: 'sys_atf_step'
                        id: '2fc312e871c84a448aa4b71f60854bdd'
                    }
                    atf04_help: {
                        table: 'sys_atf_step'
                        id: 'e2a530a5f79e412cba4facc1c185ed7e'
                    }
                    atf04_incident: {
                        table: 'sys_atf_step'
                        id: '783858a5d7824b73bae06f5a6147e6b9'
                    }
                    atf04_no_decision: {
                        table: 'sys_atf_step'
                        id: '0f7e3316eab6434abad87dc8c7e6f655'
                    }
                    atf04_tier1: {
                        table: 'sys_atf_step'
                        id: '4c260a7e6d8d4155a193837acb120f8f'
                    }
                    atf05_agent: {
                        table: 'sys_atf_step'
                        id: '204db92bfd4e47e5ba4048fd6a9f0563'
                    }
                    atf05_agent_itil: {
                        table: 'sys_atf_step'
                        id: 'bc9239eb6ede4b1196d7b7aa42149147'
                    }
                    atf05_caller: {
                        table: 'sys_atf_step'
                        id: '1c2d377dd6e446eda03cef7f2c5eca2b'
                    }
                    atf05_decision: {
                        table: 'sys_atf_step'
                        id: '6c10e47b89e149668f3f45648adbcb13'
                    }
                    atf05_enabled: {
                        table: 'sys_atf_step'
                        id: 'da4845f601fd45bcbbaba0306a6d88f4'
                    }
                    atf05_error_message: {
                        table: 'sys_atf_step'
                        id: '0ee93b3a22ad4024a2c732d3ac824f67'
                    }
                    atf05_flag: {
                        table: 'sys_atf_step'
                        id: 'a83f146c4f3a446b95aa062bc79d1254'
                    }
                    atf05_form_group: {
                        table: 'sys_atf_step'
                        id: '7a9cc97374f6417888096119fe11604d'
                    }
                    atf05_help: {
                        table: 'sys_atf_step'
                        id: 'a9deabfa439e46a6b0d6454db5d19a61'
                    }
                    atf05_impersonate: {
                        table: 'sys_atf_step'
                        id: '7a45fdb0a61c44c08ed4b047c0316b75'
                    }
                    atf05_incident: {
                        table: 'sys_atf_step'
                        id: 'b455005e8e99466d8add6eb0e0c5eb92'
                    }
                    atf05_itil: {
                        table: 'sys_atf_step'
                        id: 'f32a34cbee7f4409b502b9a8e2529f74'
                    }
                    atf05_kept: {
                        table: 'sys_atf_step'
                        id: 'c40bb5801b1e415d8de1b3fefe8a701e'
                    }
                    atf05_network: {
                        table: 'sys_atf_step'
                        id: '47a67da2d27f46d1a1b450867c1f6232'
                    }
                    atf05_open: {
                        table: 'sys_atf_step'
                        id: 'c304c1c9a122453db13820e0917efc60'
                    }
                    atf05_partner: {
                        table: 'sys_atf_step'
                        id: '3ab519689d804e00a8cfbfeb0cdccb2a'
                    }
                    atf05_policy: {
                        table: 'sys_atf_step'
                        id: '7d5a5d5fdedd47aea118e87117de705a'
                    }
                    atf05_reopen: {
                        table: 'sys_atf_step'
                        id: '43ef102fbabc4de19360ca15654c41b1'
                    }
                    atf05_route: {
                        table: 'sys_atf_step'
                        id: '1c697cf82dc843938fc8a9743291e4d6'
                    }
                    atf05_set: {
                        table: 'sys_atf_step'
                        id: 'bb51985d3ebc4843ad94220386f08b3f'
                    }
                    atf05_submit: {
                        table: 'sys_atf_step'
                        id: 'bb60ab03b6254a8b99019ba09a89960f'
                    }
                    atf05_tier1: {
                        table: 'sys_atf_step'
                        id: '2a3e9b42d8524d05b2dd2be438e08bdd'
                    }
                    atf06_agent: {
                        table: 'sys_atf_step'
                        id: '1532f2970dcb46918ea636b4b48179e0'
                    }
                    atf06_agent_itil: {
                        table: 'sys_atf_step'
                        id: 'f181e52414df43ae89cee465a424d7f9'
                    }
                    atf06_caller: {
                        table: 'sys_atf_step'
                        id: 'f658dbf193754e2b8ce5209fdcc19739'
                    }
                    atf06_help: {
                        table: 'sys_atf_step'
                        id: '996b74c03e3f42f99cd84e476c761aaa'
                    }
                    atf06_impersonate: {
                        table: 'sys_atf_step'
                        id: '0efb40cea0984ff78838eeb56a38a531'
                    }
                    atf06_incident: {
                        table: 'sys_atf_step'
                        id: 'e9e0800c7e424decbdd41c7acbd78988'
                    }
                    atf06_itil: {
                        table: 'sys_atf_step'
                        id: 'c2e2c840af174b23aee9d640da774f97'
                    }
                    atf06_moved: {
                        table: 'sys_atf_step'
                        id: 'bb33abbb0c7446aa9863a1f588185123'
                    }
                    atf06_network: {
                        table: 'sys_atf_step'
                        id: '1ca251d824d74fc588d1ec2ec1382949'
                    }
                    atf06_no_decision: {
                        table: 'sys_atf_step'
                        id: '394078634a3f4926b6996cce13ca77d0'
                    }
                    atf06_open: {
                        table: 'sys_atf_step'
                        id: '450a7a196e0a440984db6ae075397c97'
                    }
                    atf06_policy: {
                        table: 'sys_atf_step'
                        id: '8cee98504c7a4406b9dacfb59fca656f'
                    }
                    atf06_set: {
                        table: 'sys_atf_step'
                        id: '17eb2c6fe48a41a6bf45e43237180d38'
                    }
                    atf06_submit: {
                        table: 'sys_atf_step'
                        id: 'a86dea3fe0204e71a8fedaa122c6b55c'
                    }
                    atf06_tier1: {
                        table: 'sys_atf_step'
                        id: 'b8d234d64a8a485aa91d96a00de1815b'
                    }
                    atf07_agent: {
                        table: 'sys_atf_step'
                        id: 'ed456ec13b9b4f7d80da671179aab2f4'
                    }
                    atf07_agent_itil: {
                        table: 'sys_atf_step'
                        id: '575f5db5bb5a4c9dbb3471e4855b0e24'
                    }
                    atf07_banner: {
                        table: 'sys_atf_step'
                        id: 'ce9b01a4eb36422cad8de2b003d71866'
                    }
                    atf07_caller: {
                        table: 'sys_atf_step'
                        id: 'ade80828fe014cbb9b34001b60ea7167'
                    }
                    atf07_enabled: {
                        table: 'sys_atf_step'
                        id: '572d8b5fb7b04c119bbcff4fb5260be9'
                    }
                    atf07_flag: {
                        table: 'sys_atf_step'
                        id: '19aece9868404ef3b591478bd460d808'
                    }
                    atf07_form_caller: {
                        table: 'sys_atf_step'
                        id: 'f0ac7d2cbc2f493abbea85c6e50b3519'
                    }
                    atf07_impersonate: {
                        table: 'sys_atf_step'
                        id: '232935bc2796413db9d28aecd03786b7'
                    }
                    atf07_incident: {
                        table: 'sys_atf_step'
                        id: 'f7537119f5264c7781090d8a749ebd4e'
                    }
                    atf07_itil: {
                        table: 'sys_atf_step'
                        id: '5583c05130994ea2a3505b5f7908a1a2'
                    }
                    atf07_open: {
                        table: 'sys_atf_step'
                        id: 'da783c8072ff4d81abc8a202b114a3ef'
                    }
                    atf07_partner: {
                        table: 'sys_atf_step'
                        id: '84338b66ee7b40ad9dcd7ae2f631c5c4'
                    }
                    atf08_agent: {
                        table: 'sys_atf_step'
                        id: '4d2c7f7aa4b743ec934d5bbdc6771d25'
                    }
                    atf08_agent_itil: {
                        table: 'sys_atf_step'
                        id: 'eeae603b491e45fa89647397b5f174f3'
                    }
                    atf08_caller: {
                        table: 'sys_atf_step'
                        id: '8391edef538d400f86c2c60af9a5d04c'
                    }
                    atf08_form_caller: {
                        table: 'sys_atf_step'
                        id: '93664721573e4a5893ddf83c654a9c51'
                    }
                    atf08_impersonate: {
                        table: 'sys_atf_step'
                        id: '25ff8143ac824f589dd91212e220e3c8'
                    }
                    atf08_incident: {
                        table: 'sys_atf_step'
                        id: '127d40ff2e7f49e185eba2810a7a419e'
                    }
                    atf08_itil: {
                        table: 'sys_atf_step'
                        id: 'e31781d0403c4165ba2a052f5ce48491'
                    }
                    atf08_no_banner: {
                        table: 'sys_atf_step'
                        id: 'b144809924a3464caa13d9d08ffe8ab8'
                    }
                    atf08_open: {
                        table: 'sys_atf_step'
                        id: '26023f8de0a246689a7ad747a3503736'
                    }
                    atf08_partner: {
                        table: 'sys_atf_step'
                        id: 'c1554a075b1f4506b5675d66091c6f84'
                    }
                    atf09_agent: {
                        table: 'sys_atf_step'
                        id: 'c14408c76ca046f0906de1a0604eba27'
                    }
                    atf09_agent_itil: {
                        table: 'sys_atf_step'
                        id: '785e0c66ed6f4fb2b6a77193fe7aae64'
                    }
                    atf09_button: {
                        table: 'sys_atf_step'
                        id: '4e361b89f3464370888ef09a56869710'
                    }
                    atf09_caller: {
                        table: 'sys_atf_step'
                        id: '36178026fa0e4d29bf8cda08baed3e41'
                    }
                    atf09_click: {
                        table: 'sys_atf_step'
                        id: 'c5dc1858f53c4fb58bcb0c637d9a908c'
                    }
                    atf09_decision: {
                        table: 'sys_atf_step'
                        id: '2674736faf9a4d13b0e63908aae0a532'
                    }
                    atf09_department: {
                        table: 'sys_atf_step'
                        id: '40f51ca57fff4318abff093d8bc84c69'
                    }
                    atf09_impersonate: {
                        table: 'sys_atf_step'
                        id: 'b6447d099ff54c38a5a2e54ac1e41d57'
                    }
                    atf09_incident: {
                        table: 'sys_atf_step'
                        id: '12d4823371d9461a9134f69bfb30b489'
                    }
                    atf09_itil: {
                        table: 'sys_atf_step'
                        id: '57ff0ae86f5a4e27a591e70cf4b989d5'
                    }
                    atf09_moved: {
                        table: 'sys_atf_step'
                        id: '2c6a662df986411caa47560cc1c23a28'
                    }
                    atf09_open: {
                        table: 'sys_atf_step'
                        id: '5b0c5c368b2348c5bb07475e15523eb2'
                    }
                    atf09_partner: {
                        table: 'sys_atf_step'
                        id: '623f6d2f722a442b85dd55ef77800ee1'
                    }
                    atf09_partner_department: {
                        table: 'sys_atf_step'
                        id: '58aa28da915b429d9b8b5fb722daa9a6'
                    }
                    atf09_policy: {
                        table: 'sys_atf_step'
                        id: '50799e404e434d9896947dadc6129959'
                    }
                    atf09_queue: {
                        table: 'sys_atf_step'
                        id: '1cf7a90a4ff840069eca37cb98190a7a'
                    }
                    atf10_agent: {
                        table: 'sys_atf_step'
                        id: '94fdc941bd2245638c6a047337d62fcc'
                    }
                    atf10_agent_itil: {
                        table: 'sys_atf_step'
                        id: '07fc43d8d0b44cea8876235579bb980b'
                    }
                    atf10_caller: {
                        table: 'sys_atf_step'
                        id: '6d5b934ad4e24833ab5c417b8400d0b2'
                    }
                    atf10_department: {
                        table: 'sys_atf_step'
                        id: '1f30b6ee7fda4753b3332d760dd02aec'
                    }
                    atf10_impersonate: {
                        table: 'sys_atf_step'
                        id: '9ba0b7378fd54c57ae28de9a8c8bdbed'
                    }
                    atf10_incident: {
                        table: 'sys_atf_step'
                        id: '2203d8fdf6424fb695a17d93329d3806'
                    }
                    atf10_itil: {
                        table: 'sys_atf_step'
                        id: '30cb9b4358c34ff3bdeea9fc65edc65e'
                    }
                    atf10_no_button: {
                        table: 'sys_atf_step'
                        id: '36b9b9d6f1a949bd86f9092042a85d80'
                    }
                    atf10_open: {
                        table: 'sys_atf_step'
                        id: 'a7017f59281843b7861aa257086aae46'
                    }
                    atf10_partner: {
                        table: 'sys_atf_step'
                        id: '3a050e6c9a974a38ba9ae54f01b30dfe'
                    }
                    atf10_partner_department: {
                        table: 'sys_atf_step'
                        id: '48496d564f64472bbd0caab5514ed654'
                    }
                    atf11_caller: {
                        table: 'sys_atf_step'
                        id: '2d0e5c01f7b44adb8d613b13debf2471'
                    }
                    atf11_deactivate: {
                        table: 'sys_atf_step'
                        id: 'c319f9ff45f64d22a8507ed1ac2ebf5d'
                    }
                    atf11_decision: {
                        table: 'sys_atf_step'
                        id: 'd8070ccee1e5491382fd8c7e6542fb2b'
                    }
                    atf11_default: {
                        table: 'sys_atf_step'
                        id: 'a17d049c74844b9d95efc983d56f663c'
                    }
                    atf11_enabled: {
                        table: 'sys_atf_step'
                        id: 'f68e8ca695894a56b66d6af5c4e41b97'
                    }
                    atf11_flag: {
                        table: 'sys_atf_step'
                        id: 'afae7b4f9d6247ddb8d12512b6cfcaab'
                    }
                    atf11_help: {
                        table: 'sys_atf_step'
                        id: '40e0e86067614c46b773d36044ad7d3f'
                    }
                    atf11_incident: {
                        table: 'sys_atf_step'
                        id: '6e85b0c381434fe0909334ceb8c4cb50'
                    }
                    atf11_network: {
                        table: 'sys_atf_step'
                        id: '3bd07409efad49e4af5353ccab49139a'
                    }
                    atf11_partner: {
                        table: 'sys_atf_step'
                        id: 'b1d66f9225cc47d4af3c97833cf7d9b1'
                    }
                    atf11_route: {
                        table: 'sys_atf_step'
                        id: 'd9a72f28ac014350982d3d0967c82d0c'
                    }
                    atf11_tier1: {
                        table: 'sys_atf_step'
                        id: 'e7e33bb70e774aa5883f16e2a84ab88e'
                    }
                    atf11_validate: {
                        table: 'sys_atf_step'
                        id: 'f7280eb9dd31494aad2246aa7d30c154'
                    }
                    atf12_caller: {
                        table: 'sys_atf_step'
                        id: '7735fe17cef24031b392d3119f20f09c'
                    }
                    atf12_disabled: {
                        table: 'sys_atf_step'
                        id: '2eaea97abcfb422c87e1e578dfc40419'
                    }
                    atf12_flag: {
                        table: 'sys_atf_step'
                        id: 'e1e593dcdd0c441b99ffc5f86e9c0ddc'
                    }
                    atf12_help: {
                        table: 'sys_atf_step'
                        id: 'd4cecbaa05fa4a06bc00023daffcf05d'
                    }
                    atf12_incident: {
                        table: 'sys_atf_step'
                        id: '86316f63d9ab4f6f9243f4fe03adb063'
                    }
                    atf12_network: {
                        table: 'sys_atf_step'
                        id: '5252cd8072b44766b7538f86c2817ea3'
                    }
                    atf12_no_decision: {
                        table: 'sys_atf_step'
                        id: 'ede258c25a0b4c309c09ddc311710bdf'
                    }
                    atf12_partner: {
                        table: 'sys_atf_step'
                        id: 'e663c55c87e545acb599c2a21bac5795'
                    }
                    atf12_route: {
                        table: 'sys_atf_step'
                        id: 'fbe6c9c4cc2c4104a8824678cd98eab5'
                    }
                    atf12_tier1: {
                        table: 'sys_atf_step'
                        id: '3c147536dc914dcabfbcc8c270f40ee1'
                    }
                    atf12_validate: {
                        table: 'sys_atf_step'
                        id: 'df8377cdd85d41c9b92542dc25e705d3'
                    }
                    atf13_department: {
                        table: 'sys_atf_step'
                        id: '1ed2bee4aa2240c88ec99fd84f06aa06'
                    }
                    atf13_partner_a: {
                        table: 'sys_atf_step'
                        id: 'b91e6615810f4a39a76b83024c1d5830'
                    }
                    atf13_partner_b: {
                        table: 'sys_atf_step'
                        id: '9104bdc9943c45d9b36ad12953c41135'
                    }
                    atf13_row_a: {
                        table: 'sys_atf_step'
                        id: 'ecefef42340940f98ae504bed92e542d'
                    }
                    atf13_row_b: {
                        table: 'sys_atf_step'
                        id: 'c5059ead60f64eaf9256a815f87faa26'
                    }
                    atf14_department: {
                        table: 'sys_atf_step'
                        id: '2e2b662a81f84c98862c996475b679b4'
                    }
                    atf14_partner: {
                        table: 'sys_atf_step'
                        id: 'fd60102fbca14e20aae18a8ebdb406c2'
                    }
                    atf14_row_a: {
                        table: 'sys_atf_step'
                        id: '9977e0d4da4541649781678d3506ca6c'
                    }
                    atf14_row_b: {
                        table: 'sys_atf_step'
                        id: '5d476f1ae69d49bc863748c600696fa1'
                    }
                    atf15_bad_field_route: {
                        table: 'sys_atf_step'
                        id: 'a100bdcb342a48788e8ae5732366cfef'
                    }
                    atf15_flag_a: {
                        table: 'sys_atf_step'
                        id: '3eaad2fdf5cb46a8bcb30d1036e8a33a'
                    }
                    atf15_flag_b: {
                        table: 'sys_atf_step'
                        id: 'dc103862acc841eb91efbad7bc625c4b'
                    }
                    atf15_inactive_route: {
                        table: 'sys_atf_step'
                        id: 'de1b0764ce95446bbaa27ede24bb26ae'
                    }
                    atf15_live_group: {
                        table: 'sys_atf_step'
                        id: 'ed6c76e885c24e9cb254c3d1cd365345'
                    }
                    atf15_old_group: {
                        table: 'sys_atf_step'
                        id: 'c3264ac4ecf84bf59b14264b02835cb1'
                    }
                    atf15_partner: {
                        table: 'sys_atf_step'
                        id: '22ec8bd0088c472fbe46812034425699'
                    }
                    atf15_user: {
                        table: 'sys_atf_step'
                        id: '10db7fde31504e568c5db32f63550579'
                    }
                    atf16_group: {
                        table: 'sys_atf_step'
                        id: '77bd558a3a6843e784c8306fe65560b7'
                    }
                    atf16_partner: {
                        table: 'sys_atf_step'
                        id: '2c417987c6e34b25b4a17cbd248da4d9'
                    }
                    atf16_route: {
                        table: 'sys_atf_step'
                        id: '28852d9312224b1997cbd2e0453051f4'
                    }
                    atf17_agent: {
                        table: 'sys_atf_step'
                        id: 'aadff4bd3503424db291a308d0e9449a'
                    }
                    atf17_agent_itil: {
                        table: 'sys_atf_step'
                        id: '2b6cc1bc414a42e89cf32482813858a8'
                    }
                    atf17_impersonate: {
                        table: 'sys_atf_step'
                        id: '6ddf88333d50476cb6b061b9cd2401a2'
                    }
                    atf17_itil: {
                        table: 'sys_atf_step'
                        id: '70256bceeb0a4bde931eec3c018e1b8b'
                    }
                    atf17_no_decision: {
                        table: 'sys_atf_step'
                        id: '60b576ae4cf8401fa4206cb6a0b155c0'
                    }
                    atf17_no_partner: {
                        table: 'sys_atf_step'
                        id: 'b35aa03d5bd547bc83457079caa2f602'
                    }
                    atf17_partner: {
                        table: 'sys_atf_step'
                        id: '69092e079a4b4db680bc7352ca63f5c0'
                    }
                    atf17_read: {
                        table: 'sys_atf_step'
                        id: 'e629eae74d344c2b9de1307b82401acc'
                    }
                    atf18_admin: {
                        table: 'sys_atf_step'
                        id: '34b6a2d8fcb345088809685ee1b31cac'
                    }
                    atf18_admin_role: {
                        table: 'sys_atf_step'
                        id: '851d74f32b7e4b36b1356cadcd20fcf3'
                    }
                    atf18_impersonate: {
                        table: 'sys_atf_step'
                        id: '6b23bc3efdd9474391fe60943635c78f'
                    }
                    atf18_no_decision: {
                        table: 'sys_atf_step'
                        id: '3c92f104df624558aa479b9800257493'
                    }
                    atf18_partner: {
                        table: 'sys_atf_step'
                        id: '33c2ad0f84564ecfbbc20966835dcefb'
                    }
                    atf18_role: {
                        table: 'sys_atf_step'
                        id: '87627bdb6f114edaba4162f14e98b854'
                    }
                    atf19_agent: {
                        table: 'sys_atf_step'
                        id: 'a34da8c263c64a15b4e9f04c2b6d8c78'
                    }
                    atf19_agent_itil: {
                        table: 'sys_atf_step'
                        id: '8883bf127a4c4f57883c45c632b5bfeb'
                    }
                    atf19_caller: {
                        table: 'sys_atf_step'
                        id: 'df54de4628fb4304b54ff0ff649c1be5'
                    }
                    atf19_enabled: {
                        table: 'sys_atf_step'
                        id: '6b5e128468e2493c822fcc9828dcef17'
                    }
                    atf19_flag: {
                        table: 'sys_atf_step'
                        id: '7f246e98a3944b2da79a8fd5675f9170'
                    }
                    atf19_impersonate: {
                        table: 'sys_atf_step'
                        id: '316c81f8f9dd434d94d17e47ae2175ee'
                    }
                    atf19_itil: {
                        table: 'sys_atf_step'
                        id: '8957bd41edf245df80fbb93ade5085f4'
                    }
                    atf19_journal: {
                        table: 'sys_atf_step'
                        id: '8adffdbdb2b3469996152f70ddfb7839'
                    }
                    atf19_network: {
                        table: 'sys_atf_step'
                        id: 'fad51f0eea0541b3b5f7d3c7b4bb06e5'
                    }
                    atf19_open: {
                        table: 'sys_atf_step'
                        id: '9a525d2efd2444699fa0173aa393b69e'
                    }
                    atf19_partner: {
                        table: 'sys_atf_step'
                        id: '49906c62a63141cbb1b5487b6c6fd5da'
                    }
                    atf19_route: {
                        table: 'sys_atf_step'
                        id: 'cdc62c5047784eb3baf25942c2e4e5d1'
                    }
                    atf19_set: {
                        table: 'sys_atf_step'
                        id: '6f267f9a145f45be951113fdfd3bbe0f'
                    }
                    atf19_submit: {
                        table: 'sys_atf_step'
                        id: '484efa5436ab47c7be8332eca70b378e'
                    }
                    atf20_no_core_only_copy: {
                        table: 'sys_atf_step'
                        id: '5465f083c73d4bc1b4d629d69f6f11ae'
                    }
                    atf20_workspace_fields: {
                        table: 'sys_atf_step'
                        id: 'c6c660655ace4c5cbeef84f36b936c68'
                    }
                    atf21_caller: {
                        table: 'sys_atf_step'
                        id: '9b969f76316d468b8de42b7af725c7bb'
                    }
                    atf21_enabled: {
                        table: 'sys_atf_step'
                        id: '65fb26026e6f4af8b3afa69fd0502b34'
                    }
                    atf21_flag: {
                        table: 'sys_atf_step'
                        id: '73bde182f5a04a34b8bd86487023b19c'
                    }
                    atf21_help: {
                        table: 'sys_atf_step'
                        id: 'bb3ebfc99f294888abee8fd444966278'
                    }
                    atf21_incident: {
                        table: 'sys_atf_step'
                        id: '146ceb5765994bf898b319cc68f82c4f'
                    }
                    atf21_network: {
                        table: 'sys_atf_step'
                        id: 'ca917f9b959a45d4ad8ea6e8d38d084e'
                    }
                    atf21_partner: {
                        table: 'sys_atf_step'
                        id: 'f1025bd705904ce480943679a1a033ff'
                    }
                    atf21_route: {
                        table: 'sys_atf_step'
                        id: '73ec44c963754d878f4c8e9baf65dd80'
                    }
                    atf21_tier1: {
                        table: 'sys_atf_step'
                        id: 'c3b68c704b374d3face4badaa18aab2d'
                    }
                    atf21_validate: {
                        table: 'sys_atf_step'
                        id: 'cd40c9a5ea3f411f97aebf852f56187f'
                    }
                    atf22_caller: {
                        table: 'sys_atf_step'
                        id: '94a8d064e6c74f0c9477a1e0996d9366'
                    }
                    atf22_decision: {
                        table: 'sys_atf_step'
                        id: '6c58159e066a4f2f832932ba644a2e56'
                    }
                    atf22_enabled: {
                        table: 'sys_atf_step'
                        id: 'dc361145d1bb42c8886d5c385dda5cb7'
                    }
                    atf22_flag: {
                        table: 'sys_atf_step'
                        id: '6f1b5e900ed14475a4c29261119b1265'
                    }
                    atf22_help: {
                        table: 'sys_atf_step'
                        id: '1a5944af45da4118984484f22ffdb76a'
                    }
                    atf22_incident: {
                        table: 'sys_atf_step'
                        id: 'd9c74bf67cf14ce083bdb589fdcce632'
                    }
                    atf22_network: {
                        table: 'sys_atf_step'
                        id: 'c60dea96939546899ef1e327d8d323e6'
                    }
                    atf22_no_second_row: {
                        table: 'sys_atf_step'
                        id: 'd264f508680349d9983158b39b2f34bf'
                    }
                    atf22_partner: {
                        table: 'sys_atf_step'
                        id: 'dcfd1961d2874c6593049986b4c3222e'
                    }
                    atf22_route: {
                        table: 'sys_atf_step'
                        id: 'dd678a6317db4695b957e0a40694d245'
                    }
                    atf22_tier1: {
                        table: 'sys_atf_step'
                        id: '3b0da296c9e54e18a1e1e6860ce10140'
                    }
                    atf22_update: {
                        table: 'sys_atf_step'
                        id: '9162846b07704fd2ba09801f7d29447b'
                    }
                    atf23_caller: {
                        table: 'sys_atf_step'
                        id: '5acc894e3d74491d9c1c3847536df7c0'
                    }
                    atf23_enabled: {
                        table: 'sys_atf_step'
                        id: '93bb32fbeb764ffd90f4c5d628cf17cb'
                    }
                    atf23_escalation: {
                        table: 'sys_atf_step'
                        id: '9f989833dd4640c6a057802ddeac8e46'
                    }
                    atf23_flag: {
                        table: 'sys_atf_step'
                        id: '3909c1a5d7c349c2af7cb4f143f55db3'
                    }
                    atf23_help: {
                        table: 'sys_atf_step'
                        id: '345c1c109ea542f2851bc5de53b205d2'
                    }
                    atf23_module_finds_escalation: {
                        table: 'sys_atf_step'
                        id: '062b0d8be3fd4eb2895ca7375b54ca32'
                    }
                    atf23_module_skips_plain: {
                        table: 'sys_atf_step'
                        id: 'b40f920043044a5a84e116f00bbe200e'
                    }
                    atf23_network: {
                        table: 'sys_atf_step'
                        id: '7bc731c89fd7400fa9f1f6da6a9081b1'
                    }
                    atf23_partner: {
                        table: 'sys_atf_step'
                        id: '06e88a511c484e5e94aed9920cfb4973'
                    }
                    atf23_plain: {
                        table: 'sys_atf_step'
                        id: '54f0e0bfbeb4483ba7e4b99c53d2e935'
                    }
                    atf23_report_finds_escalation: {
                        table: 'sys_atf_step'
                        id: 'bc6fa797d7bd4ad58713cfa1ef2e8a28'
                    }
                    atf23_report_skips_plain: {
                        table: 'sys_atf_step'
                        id: 'f7ad9b2f273840b6a958873192e7f48a'
                    }
                    atf23_route: {
                        table: 'sys_atf_step'
                        id: '96c13e24e0904a3b9df241099a7afbdc'
                    }
                    atf23_student: {
                        table: 'sys_atf_step'
                        id: '25bbf6eb225246b9b0c322584f937043'
                    }
                    atf23_tier1: {
                        table: 'sys_atf_step'
                        id: '4af61b8afbb64b39a4a15e7968921538'
                    }
                    atf24_back_to_network: {
                        table: 'sys_atf_step'
                        id: '0333ccf88edb444b8328151741ffb3a1'
                    }
                    atf24_caller: {
                        table: 'sys_atf_step'
                        id: '1a318f0943fc43c39109b6ad2f5e930f'
                    }
                    atf24_enabled: {
                        table: 'sys_atf_step'
                        id: 'e6c10a27a51f46d9911797c64ccf36d3'
                    }
                    atf24_flag: {
                        table: 'sys_atf_step'
                        id: '64a90c61530c45e1aeabe0c3cd9e9619'
                    }
                    atf24_help: {
                        table: 'sys_atf_step'
                        id: 'c3a35b23708c4092ae4fde540639de67'
                    }
                    atf24_incident: {
                        table: 'sys_atf_step'
                        id: '3a6934803da747f9810865e4c8dcb893'
                    }
                    atf24_network: {
                        table: 'sys_atf_step'
                        id: 'c9b726daf64a45af8ba59a935976e476'
                    }
                    atf24_one_hop: {
                        table: 'sys_atf_step'
                        id: '926a660437f345c3b3a83b23a69d2944'
                    }
                    atf24_partner: {
                        table: 'sys_atf_step'
                        id: 'bffa58a77e244b5391c7a09e58b1ccad'
                    }
                    atf24_report_finds_two_hops: {
                        table: 'sys_atf_step'
                        id: '7cb823fb6d4d44c4bb7642f77711c905'
                    }
                    atf24_report_skips_one_hop: {
                        table: 'sys_atf_step'
                        id: '3ce52bfb6bed4d8abc13a09fe6a88938'
                    }
                    atf24_route: {
                        table: 'sys_atf_step'
                        id: '7cd22c0cf8e34bdfaf171af3148d680e'
                    }
                    atf24_routed: {
                        table: 'sys_atf_step'
                        id: '03ea340dc2f949769f114fbdc671f2b1'
                    }
                    atf24_systems: {
                        table: 'sys_atf_step'
                        id: 'acbd8586875843c995ff366b1c8cc5cc'
                    }
                    atf24_threshold: {
                        table: 'sys_atf_step'
                        id: 'b5a664bf0ae44023996f441d2ccc2d52'
                    }
                    atf24_tier1: {
                        table: 'sys_atf_step'
                        id: '22e9755f84af4c9dbb5d86a552a34a59'
                    }
                    atf24_to_systems: {
                        table: 'sys_atf_step'
                        id: 'e260e4d20ae945bdb0143627249b053d'
                    }
                    atf24_two_hops: {
                        table: 'sys_atf_step'
                        id: '044e742a37d549f582c97d48c52f1b58'
                    }
                    atf25_backfill: {
                        table: 'sys_atf_step'
                        id: '17e29582f2db4497bd66888e7e821469'
                    }
                    atf25_backfill_enabled: {
                        table: 'sys_atf_step'
                        id: 'a12d49076e324f02bb3b3d4928bf0897'
                    }
                    atf25_caller: {
                        table: 'sys_atf_step'
                        id: '84c2df9a3068491cbb4e4cac58518be2'
                    }
                    atf25_disabled: {
                        table: 'sys_atf_step'
                        id: '778c3fb48439457d8e66c9b8b277b077'
                    }
                    atf25_enabled: {
                        table: 'sys_atf_step'
                        id: 'ca7ef6b272ce4076bf6d92b73bed5c73'
                    }
                    atf25_flag: {
                        table: 'sys_atf_step'
                        id: 'e5ffa47e401842fd9fa1c1075d928ba8'
                    }
                    atf25_help: {
                        table: 'sys_atf_step'
                        id: '85953700f77f4a60b81b2eee00180a87'
                    }
                    atf25_incident: {
                        table: 'sys_atf_step'
                        id: 'd03ede4231864954b27f8ec33c1ea4f2'
                    }
                    atf25_partner: {
                        table: 'sys_atf_step'
                        id: '6c4c7392c31245a98f0de3b7cad84862'
                    }
                    atf25_tier1: {
                        table: 'sys_atf_step'
                        id: 'c5cfec5f4a30450789be226ea2115f3a'
                    }
                    atf25_unstamped: {
                        table: 'sys_atf_step'
                        id: '1f80d9cc73fa4a99954e2f8289c10329'
                    }
                    atf26_admin: {
                        table: 'sys_atf_step'
                        id: 'c33eacee624e41d794bf9917b445ffa2'
                    }
                    atf26_admin_app_admin: {
                        table: 'sys_atf_step'
                        id: 'b597871a7d494e3b814368edc645a603'
                    }
                    atf26_admin_can: {
                        table: 'sys_atf_step'
                        id: '2c96deca9968470a8eaea6cb5df08b2f'
                    }
                    atf26_admin_itil: {
                        table: 'sys_atf_step'
                        id: 'fee63beddeab4e9fb915fb22a52dffaa'
                    }
                    atf26_agent: {
                        table: 'sys_atf_step'
                        id: '6804d4d0b4384e3ca9afd9ae6400182f'
                    }
                    atf26_agent_cannot: {
                        table: 'sys_atf_step'
                        id: 'd5bdf45a57ad4b7c8244e4574075b5a9'
                    }
                    atf26_agent_itil: {
                        table: 'sys_atf_step'
                        id: '1dec752f17754d91903082a3258d5d45'
                    }
                    atf26_app_admin_role: {
                        table: 'sys_atf_step'
                        id: '3cbaa222a8464505b2d43fe7a5420bfe'
                    }
                    atf26_impersonate_admin: {
                        table: 'sys_atf_step'
                        id: '80a21d30e202465a8001a1d231cddf00'
                    }
                    atf26_impersonate_agent: {
                        table: 'sys_atf_step'
                        id: '89238824689f46b2a6acd56eb6583c00'
                    }
                    atf26_incident: {
                        table: 'sys_atf_step'
                        id: '3d8c4902ed5647209c1e50812c7659d0'
                    }
                    atf26_itil: {
                        table: 'sys_atf_step'
                        id: '0267f91f13294972a8aeed0c575ca729'
                    }
                    bom_json: {
                        table: 'sys_module'
                        id: 'd41c6fecb41d42df8ed6d2e55c1039df'
                    }
                    br_guard_boomerang: {
                        table: 'sys_script'
                        id: 'fa774c92d0484b0e97afb6263125b413'
                    }
                    br_record_decisions: {
                        table: 'sys_script'
                        id: 'd4c7e62c339c4ee7b1033785ad91854e'
                    }
                    br_route_escalation: {
                        table: 'sys_script'
                        id: 'b2760ef5a574430691e8b960bc8ccccc'
                    }
                    br_show_banner: {
                        table: 'sys_script'
                        id: '099da4481f6b49c19bef36fdb7f41c1d'
                    }
                    br_validate_department: {
                        table: 'sys_script'
                        id: 'daa27606f64345bc8bb891674ac34dee'
                    }
                    br_validate_partner: {
                        table: 'sys_script'
                        id: '012c8f1b034846b19411451866b5594b'
                    }
                    br_validate_red_flag: {
                        table: 'sys_script'
                        id: 'ab1f9390c2a840eebcb029690e4c8848'
                    }
                    br_validate_route: {
                        table: 'sys_script'
                        id: '72f60435069e44dab0756575dd38b966'
                    }
                    cs_banner_caller_onchange: {
                        table: 'sys_script_client'
                        id: '180996a5abf149c499dd37bbb2d43b9f'
                    }
                    cs_banner_onload: {
                        table: 'sys_script_client'
                        id: '1ab1a173d5ac491c8346854fcb7affe2'
                    }
                    datasource_department_import: {
                        table: 'sys_data_source'
                        id: '5e9bac0e03744051b612656c567bc287'
                    }
                    datasource_department_import_excel: {
                        table: 'sys_data_source'
                        id: '3b7ccfb3b92b4e28b8d6bcfb027565d2'
                    }
                    datasource_staff_import_csv: {
                        table: 'sys_data_source'
                        id: '849bafbea7d243aba43a7f7e9bc86dec'
                    }
                    datasource_staff_import_excel: {
                        table: 'sys_data_source'
                        id: 'a330530c57ac462c9cfed360b2dd38c9'
                    }
                    demo_dept_eso: {
                        table: 'cmn_department'
                        id: 'a5a6fea4f5114f04bdf1bf130e4a0f4e'
                    }
                    demo_dept_library: {
                        table: 'cmn_department'
                        id: '55bd30fdb48c4b5689c35bbf27e491fa'
                    }
                    demo_dept_medicine: {
                        table: 'cmn_department'
                        id: 'd22c22f1eb694e21a3a8b45635359086'
                    }
                    demo_dept_met: {
                        table: 'cmn_department'
                        id: '5d3012d0d2f747e88dd72f2e217c2c3e'
                    }
                    demo_dept_smg: {
                        table: 'cmn_department'
                        id: '4ce16346a4474790afe1eaeb840d0484'
                    }
                    demo_group_bumc_alumni_medical_library: {
                        table: 'sys_user_group'
                        id: 'f0b9c0c5529f461ab8ff26bdcb1d7331'
                    }
                    demo_group_bumc_service_desk: {
                        table: 'sys_user_group'
                        id: 'de64695e3a544ffdbe176c33bf3d2791'
                    }
                    demo_group_desktop_services: {
                        table: 'sys_user_group'
                        id: '0f95971079c24e5d9022bf60fbe0c5ed'
                    }
                    demo_group_ensa_service_desk: {
                        table: 'sys_user_group'
                        id: '2e27a8f2dfbb41b591da19b2af076b3e'
                    }
                    demo_group_it_help_center: {
                        table: 'sys_user_group'
                        id: 'fb1d42356f5b4d9ab2cc386ea7fc0e9a'
                    }
                    demo_group_met_it: {
                        table: 'sys_user_group'
                        id: '7b0a089e27fa45558fc9714e75998c05'
                    }
                    demo_group_network_services: {
                        table: 'sys_user_group'
                        id: 'f54d52ccab9440d696e887e67f72c2a8'
                    }
                    demo_group_smg_its: {
                        table: 'sys_user_group'
                        id: 'bd1cbd8002d74e50b928efe95ac6324d'
                    }
                    demo_group_system_engineering: {
                        table: 'sys_user_group'
                        id: 'b1ca0b66cfd04329842ac53eaf231aa6'
                    }
                    demo_member_smg_technician: {
                        table: 'sys_user_grmember'
                        id: '6a00c5a1d9c248adb064a7b667a253a0'
                    }
                    demo_partner_bumc: {
                        table: 'x_bu_itpartner_partner'
                        id: '5feedfa01eec45bca94c5c9cb87bb84f'
                    }
                    demo_partner_dept_eso: {
                        table: 'x_bu_itpartner_department'
                        id: '48bef27be0bc40a1b2dec6c0b25cd7a3'
                    }
                    demo_partner_dept_library: {
                        table: 'x_bu_itpartner_department'
                        id: '08b8f8e9d9df46a086b518af8222c62d'
                    }
                    demo_partner_dept_medicine: {
                        table: 'x_bu_itpartner_department'
                        id: '4531d8ace48145afa8cdbe17453e676f'
                    }
                    demo_partner_dept_met: {
                        table: 'x_bu_itpartner_department'
                        id: '1f3c9d7e546a4881a73c3f5a39d6da17'
                    }
                    demo_partner_dept_smg: {
                        table: 'x_bu_itpartner_department'
                        id: '6280af6f9a09471bbc946ff6fc517903'
                    }
                    demo_partner_eso: {
                        table: 'x_bu_itpartner_partner'
                        id: 'a5d7eb8097ec4d8cb854f736dcef87cf'
                    }
                    demo_partner_library: {
                        table: 'x_bu_itpartner_partner'
                        id: 'bf1ce6cf25ae4cf79b7e3135cbd07eb2'
                    }
                    demo_partner_met: {
                        table: 'x_bu_itpartner_partner'
                        id: '3695944498974feb9fef12477e9895d5'
                    }
                    demo_partner_smg: {
                        table: 'x_bu_itpartner_partner'
                        id: '788aefa3a328470291c7c10d5f274938'
                    }
                    demo_red_flag_met_technician: {
                        table: 'x_bu_itpartner_red_flag'
                        id: '8e17f3594f994996bb99d4563088944d'
                    }
                    demo_route_accounts: {
                        table: 'x_bu_itpartner_route'
                        id: '0856d9f6e066461cb1ded1c8a373c6ea'
                    }
                    demo_route_kace: {
                        table: 'x_bu_itpartner_route'
                        id: '0186bca3aa4f4e5e93ecf75117f16da5'
                    }
                    demo_route_network: {
                        table: 'x_bu_itpartner_route'
                        id: '92f3993fd799494a8905a1809b3ef6cc'
                    }
                    demo_route_servers: {
                        table: 'x_bu_itpartner_route'
                        id: '2de2c5a56c724662990b1467033c8785'
                    }
                    demo_user_met_technician: {
                        table: 'sys_user'
                        id: '0ffe2cdd78ba4812b1d3b41ea362d266'
                    }
                    demo_user_smg_technician: {
                        table: 'sys_user'
                        id: '604f36506c2f41e3af070feed92e133d'
                    }
                    highlight_partner_escalation_caller: {
                        table: 'sys_highlighted_value'
                        id: '1cd472be9b3742aa8360a1968a30357a'
                    }
                    highlight_partner_escalation_caller_condition: {
                        table: 'sys_highlighted_value_condition'
                        id: '77adf4654d694a588a0320f6380d3c82'
                    }
                    job_backfill_dry_run: {
                        table: 'sysauto_script'
                        id: 'aeee18ae932f49a39db69ff8eefb6fec'
                    }
                    job_backfill_run: {
                        table: 'sysauto_script'
                        id: '8a08bf5600314daa859a3fd93f6b57e9'
                    }
                    job_decision_retention: {
                        table: 'sysauto_script'
                        id: 'bc63447e10134cbba86da8bf500682ee'
                    }
                    menu_it_partner_routing: {
                        table: 'sys_app_application'
                        id: '91c76e664049447dbd1fe39a3c064539'
                    }
                    module_decisions: {
                        table: 'sys_app_module'
                        id: '26108040f601484b830637a51cf6e241'
                    }
                    module_departments: {
                        table: 'sys_app_module'
                        id: '098cbb2469c0459aa49b92500a250148'
                    }
                    module_partner_escalations: {
                        table: 'sys_app_module'
                        id: '78a349a8310a42069570f655e8e4c421'
                    }
                    module_partners: {
                        table: 'sys_app_module'
                        id: 'd002e014730f46dfa3ab095432787bd8'
                    }
                    module_properties: {
                        table: 'sys_app_module'
                        id: '2468d28299734880b8182ae02f18fcc9'
                    }
                    module_red_flags: {
                        table: 'sys_app_module'
                        id: 'f861e3baa65d47b5bbefc58249d76217'
                    }
                    module_report_boomerangs: {
                        table: 'sys_app_module'
                        id: '9d55893cbb5644ce8705c0fd0a75d929'
                    }
                    module_report_escalations: {
                        table: 'sys_app_module'
                        id: 'f54bcb588355452491831d11476eff50'
                    }
                    module_report_open_escalations: {
                        table: 'sys_app_module'
                        id: '969db60d44124e348e58b805e3d92554'
                    }
                    module_report_outcomes: {
                        table: 'sys_app_module'
                        id: 'f19f6432092d47c18833d008e03b36da'
                    }
                    module_report_ping_pong: {
                        table: 'sys_app_module'
                        id: 'f50adc8f3720486b888e89644da71d93'
                    }
                    module_report_resolve_time: {
                        table: 'sys_app_module'
                        id: 'b9d94ba6cd134cbd8b9a44a69a69cf91'
                    }
                    module_report_sent_to_partners: {
                        table: 'sys_app_module'
                        id: '2598878db9dc4c56b99b918f54aafaec'
                    }
                    module_reports: {
                        table: 'sys_app_module'
                        id: 'ae3e00c8264d4cc9ad17228ee94eddf5'
                    }
                    module_routes: {
                        table: 'sys_app_module'
                        id: '119933ed723448f0a582748cb70fbabe'
                    }
                    msg_admin_warning: {
                        table: 'sys_ui_message'
                        id: 'd86c9dbe32cb4375a60b2b17c3091898'
                    }
                    msg_boomerang_admin_override: {
                        table: 'sys_ui_message'
                        id: 'd1d203315ea346e183b125041ebb566c'
                    }
                    msg_boomerang_blocked: {
                        table: 'sys_ui_message'
                        id: '75bc7cf9b81740c88342c2ca30ba4d9e'
                    }
                    msg_boomerang_to_partner: {
                        table: 'sys_ui_message'
                        id: '7146de8993d547a182a3c7df4270e71d'
                    }
                    msg_boomerang_to_tier1: {
                        table: 'sys_ui_message'
                        id: 'dd068b22cac840ac8b3e4f0811aa9896'
                    }
                    msg_boomerang_warned: {
                        table: 'sys_ui_message'
                        id: '36a3aba14c6840e4bcba602a0f345b86'
                    }
                    msg_config_check_clean: {
                        table: 'sys_ui_message'
                        id: '2891393ab3d94e39961018c5d7424a11'
                    }
                    msg_config_check_failed: {
                        table: 'sys_ui_message'
                        id: '0029683a7c9d407d92ecddefd49de912'
                    }
                    msg_config_check_problem: {
                        table: 'sys_ui_message'
                        id: 'a9d37319811148baafeb67aa22927c90'
                    }
                    msg_config_check_problems: {
                        table: 'sys_ui_message'
                        id: '50a3004f978f49cfb34d7fe188105a61'
                    }
                    msg_duplicate_department: {
                        table: 'sys_ui_message'
                        id: '0bc5c5e2f7504b58aebc3d990a326090'
                    }
                    msg_duplicate_red_flag: {
                        table: 'sys_ui_message'
                        id: '15ea039e0cd24b3c9fa81160f230f155'
                    }
                    msg_evidence_department: {
                        table: 'sys_ui_message'
                        id: 'ff1701f529dd45b4879196b15105b0ac'
                    }
                    msg_evidence_handoff: {
                        table: 'sys_ui_message'
                        id: '66ea13df7cc945c5ad810f4ee409ea17'
                    }
                    msg_evidence_opener: {
                        table: 'sys_ui_message'
                        id: '7db38e6c09b74670ac7b00dae45a6256'
                    }
                    msg_evidence_red_flag: {
                        table: 'sys_ui_message'
                        id: '390b10f67e8447639e5a43e42529d8c7'
                    }
                    msg_install_atf_failed: {
                        table: 'sys_ui_message'
                        id: 'c8a568e6bed74bc2aae7ecc21d46dfcc'
                    }
                    msg_install_atf_suite_missing: {
                        table: 'sys_ui_message'
                        id: '74593ba199104293899db9dbc6b5c1e0'
                    }
                    msg_install_check_clean: {
                        table: 'sys_ui_message'
                        id: 'b7733bccfdf140bba451a5b426469eb1'
                    }
                    msg_install_check_failed: {
                        table: 'sys_ui_message'
                        id: 'a5a420cad8494819a310662e31271c24'
                    }
                    msg_install_check_problem: {
                        table: 'sys_ui_message'
                        id: 'aa38e398db1d45a781685e20f3fb16fb'
                    }
                    msg_install_check_problems: {
                        table: 'sys_ui_message'
                        id: '127df4173f5640538d657cf229e19222'
                    }
                    msg_install_effect_banner: {
                        table: 'sys_ui_message'
                        id: '329b432496e744ef82866676e69df95c'
                    }
                    msg_install_effect_decision_log: {
                        table: 'sys_ui_message'
                        id: '62db49f3ca024c1383f2e29008ce4dff'
                    }
                    msg_install_effect_guard: {
                        table: 'sys_ui_message'
                        id: '6eb9ee6dc6b4400794e88173e78228ec'
                    }
                    msg_install_effect_routing: {
                        table: 'sys_ui_message'
                        id: '163dc43c1b0142d79ba843843b3668ae'
                    }
                    msg_install_fact_atf_never: {
                        table: 'sys_ui_message'
                        id: '3fd4613712ee4b1aabe6dca578a79449'
                    }
                    msg_install_fact_atf_passed: {
                        table: 'sys_ui_message'
                        id: '35c7fa9e0fac415aacdda5472e1639d9'
                    }
                    msg_install_fact_hardened: {
                        table: 'sys_ui_message'
                        id: '934076a70a7d4f3988e09a29e6149f28'
                    }
                    msg_install_fact_incident: {
                        table: 'sys_ui_message'
                        id: 'be579a9e0b5a4a468e7a56089ab6784b'
                    }
                    msg_install_fact_legacy: {
                        table: 'sys_ui_message'
                        id: 'a96dd882e379489eab969a2bfc4d89d4'
                    }
                    msg_install_fact_legacy_unset: {
                        table: 'sys_ui_message'
                        id: '24771d1f62014632960f8ef9c52ae591'
                    }
                    msg_install_glide_query_inactive: {
                        table: 'sys_ui_message'
                        id: '61481e7f51fa42db973830316a273315'
                    }
                    msg_install_glide_query_unknown: {
                        table: 'sys_ui_message'
                        id: '1e9d235be18241fcb8a8ab77c46bb028'
                    }
                    msg_install_incident_configuration: {
                        table: 'sys_ui_message'
                        id: '161d696129424f89814580995e3d659c'
                    }
                    msg_install_incident_read: {
                        table: 'sys_ui_message'
                        id: '5b44dc419db44fcaa0a7a46e36be852a'
                    }
                    msg_install_incident_scope: {
                        table: 'sys_ui_message'
                        id: 'a5dc17a3f3c24960a417c985a10d69e1'
                    }
                    msg_install_incident_unreadable: {
                        table: 'sys_ui_message'
                        id: '89f69eb3b57d40a0bb992d9c0eae369f'
                    }
                    msg_install_incident_update: {
                        table: 'sys_ui_message'
                        id: 'a16262c9d30d4e1d825e4b28a839aa89'
                    }
                    msg_install_incident_update_legacy: {
                        table: 'sys_ui_message'
                        id: '49cd0a93c2394aa7b1ff195ba8352eee'
                    }
                    msg_install_incident_web_services: {
                        table: 'sys_ui_message'
                        id: 'f720ce81cdbe460ebcb7d55f76a967ee'
                    }
                    msg_install_privilege_missing: {
                        table: 'sys_ui_message'
                        id: '2722b8849085471cab526dcb2e165a25'
                    }
                    msg_install_privilege_not_allowed: {
                        table: 'sys_ui_message'
                        id: '29ae90e85a3a4c1ea7d5bb5a3277ca06'
                    }
                    msg_install_privileges_none: {
                        table: 'sys_ui_message'
                        id: '8b91ef3ef688434bb4375f6b9c0d3217'
                    }
                    msg_install_rule_inactive: {
                        table: 'sys_ui_message'
                        id: '18a9aa0f8bbd47cfb9a13e53ae042374'
                    }
                    msg_install_rule_missing: {
                        table: 'sys_ui_message'
                        id: '74fb7724a0ff487780d4d5a868027a50'
                    }
                    msg_install_scope_missing: {
                        table: 'sys_ui_message'
                        id: 'cf66569100264435ab3b608604b3aac7'
                    }
                    msg_partner_unreachable: {
                        table: 'sys_ui_message'
                        id: 'e7d004bc71e94e6ea352cd1a0029bc59'
                    }
                    msg_route_condition_term: {
                        table: 'sys_ui_message'
                        id: '4b61a25fcd7240ae99da8e359f00a2fa'
                    }
                    msg_route_group_inactive: {
                        table: 'sys_ui_message'
                        id: '04e3ca1387a84fba8e4c810796a02776'
                    }
                    msg_route_group_missing: {
                        table: 'sys_ui_message'
                        id: '4f02e142879b436a94e0018dd4234098'
                    }
                    msg_route_invalid: {
                        table: 'sys_ui_message'
                        id: '92770ef8aa904e69b4bdb31c632aeadb'
                    }
                    msg_route_table_missing: {
                        table: 'sys_ui_message'
                        id: 'ccaf1163ecde415ebde1c6e6c0d98504'
                    }
                    msg_route_term_no_field: {
                        table: 'sys_ui_message'
                        id: 'b0e73182620e4bae85f4d87228735d34'
                    }
                    msg_route_term_no_table: {
                        table: 'sys_ui_message'
                        id: '7e6f6d47d2064025802b643db7423c76'
                    }
                    msg_route_term_not_reference: {
                        table: 'sys_ui_message'
                        id: '6d39fc946093447488438968c42a3b64'
                    }
                    msg_route_unknown_fields: {
                        table: 'sys_ui_message'
                        id: '79b9e46bde4941cc9631c9869a4c82ab'
                        deleted: true
                    }
                    msg_send_failed: {
                        table: 'sys_ui_message'
                        id: '5b967ec68ba2497cb88edba80835bad7'
                    }
                    msg_send_not_applicable: {
                        table: 'sys_ui_message'
                        id: 'd875e09b79974ce7b45570989868f6ad'
                    }
                    msg_send_not_saved: {
                        table: 'sys_ui_message'
                        id: '2c5b2c92dce14531af540be09db847c5'
                    }
                    msg_sent: {
                        table: 'sys_ui_message'
                        id: 'aa1bb57ae476490899fccd2ede31ba85'
                    }
                    package_json: {
                        table: 'sys_module'
                        id: '383e587522384a9bb81a9a06d8ba1035'
                    }
                    priv_abstractajaxprocessor_execute: {
                        table: 'sys_scope_privilege'
                        id: '86d23839177a466e8f107bec11ada597'
                    }
                    priv_cmn_department_read: {
                        table: 'sys_scope_privilege'
                        id: '2f4882229d39450987f11678d8fceea2'
                    }
                    priv_glidequery_execute: {
                        table: 'sys_scope_privilege'
                        id: 'a5ec7cf3f99c46dabda5469d13dbb5a9'
                    }
                    priv_incident_read: {
                        table: 'sys_scope_privilege'
                        id: '612a0d87136f42908e645a51c4322bb9'
                    }
                    priv_incident_write: {
                        table: 'sys_scope_privilege'
                        id: '1242dc5cb97444fa88be2c99103c13e9'
                    }
                    priv_sys_atf_test_suite_read: {
                        table: 'sys_scope_privilege'
                        id: 'deb1a7091ea04f46abc7e66a08109186'
                    }
                    priv_sys_atf_test_suite_result_read: {
                        table: 'sys_scope_privilege'
                        id: '8592d01e2ab741e19dff97b94c1a21a7'
                    }
                    priv_sys_db_object_read: {
                        table: 'sys_scope_privilege'
                        id: 'b750c7ddee6e492e901eddae3c442fe6'
                    }
                    priv_sys_scope_privilege_read: {
                        table: 'sys_scope_privilege'
                        id: 'd767c2c81ccd4869bc43198940a5af2b'
                    }
                    priv_sys_scope_read: {
                        table: 'sys_scope_privilege'
                        id: '8ea614c579ac4d6aa27f63f38f404add'
                    }
                    priv_sys_script_read: {
                        table: 'sys_scope_privilege'
                        id: 'ccd66ec1d8874a6abb6afcf771bdb960'
                    }
                    priv_sys_user_grmember_read: {
                        table: 'sys_scope_privilege'
                        id: 'd56530bb7e5d452086e6afd8c67b60e4'
                    }
                    priv_sys_user_group_read: {
                        table: 'sys_scope_privilege'
                        id: '2e7ceaf326924a4cb872d6cb4dd2e3b4'
                    }
                    priv_sys_user_read: {
                        table: 'sys_scope_privilege'
                        id: 'b8306eaaeac2497b86b459d946d6ea8c'
                    }
                    properties_category: {
                        table: 'sys_properties_category'
                        id: 'ae206a51ee0b42c29b5323b00ca9e7dd'
                    }
                    properties_category_property_backfill_batch_size: {
                        table: 'sys_properties_category_m2m'
                        id: '4739c5253a73471fa6f39b07b1cea663'
                    }
                    properties_category_property_backfill_enabled: {
                        table: 'sys_properties_category_m2m'
                        id: '18285f7ef6374c9ba6e942909de89eb8'
                    }
                    properties_category_property_boomerang_policy: {
                        table: 'sys_properties_category_m2m'
                        id: 'd7af9ccdf5ad4414918acd3772b402a4'
                    }
                    properties_category_property_decision_retention_days: {
                        table: 'sys_properties_category_m2m'
                        id: 'ed5d1b3f6b34451e910e9f2a7a4d2cbc'
                    }
                    properties_category_property_default_escalation_group: {
                        table: 'sys_properties_category_m2m'
                        id: '155ae808092f4451a6d1968352ba122a'
                    }
                    properties_category_property_department_policy: {
                        table: 'sys_properties_category_m2m'
                        id: 'a51718e7d6c44b5f8fcfbe8312385922'
                    }
                    properties_category_property_enabled: {
                        table: 'sys_properties_category_m2m'
                        id: 'fbc16219d8a84dfdb6ccdb53dc29b121'
                    }
                    properties_category_property_ping_pong_threshold: {
                        table: 'sys_properties_category_m2m'
                        id: '5542bfac5c7c4d8ba877f3314a93b26a'
                    }
                    properties_category_property_tier1_groups: {
                        table: 'sys_properties_category_m2m'
                        id: '5060884084844e4f8a2fbafb91e9c0d7'
                    }
                    property_backfill_batch_size: {
                        table: 'sys_properties'
                        id: '0a8ccaa4dce34d7db712e3b5589f8427'
                    }
                    property_backfill_enabled: {
                        table: 'sys_properties'
                        id: 'd468d806f99b4d489321728363c80da6'
                    }
                    property_boomerang_policy: {
                        table: 'sys_properties'
                        id: '9a883255dc3a4b5da90899a46b38f982'
                    }
                    property_decision_retention_days: {
                        table: 'sys_properties'
                        id: '2171bcb8ef5547e2acdc6a3380e89dc1'
                    }
                    property_default_escalation_group: {
                        table: 'sys_properties'
                        id: '08fd5e71e4664ef0826f385c790dffe1'
                    }
                    property_department_policy: {
                        table: 'sys_properties'
                        id: 'ceb3f45446dc4397ae919104f7edc11a'
                    }
                    property_enabled: {
                        table: 'sys_properties'
                        id: '20f72ebd08434bf2b74b7dbf43656262'
                    }
                    property_ping_pong_threshold: {
                        table: 'sys_properties'
                        id: '426ea2fdc91a4b7f831b5d9cca995d7c'
                    }
                    property_tier1_groups: {
                        table: 'sys_properties'
                        id: '4fd9d9a7c5a34c61b11cbaa6c4dc2a1a'
                    }
                    related_list_partner_decisions: {
                        table: 'sys_ui_related_list_entry'
                        id: '59dc0f80580141a0ae4a5fe2cc1a7e2a'
                    }
                    related_list_partner_departments: {
                        table: 'sys_ui_related_list_entry'
                        id: '149abb59bcfa40c5af2118a35b47e3e7'
                    }
                    related_list_partner_red_flags: {
                        table: 'sys_ui_related_list_entry'
                        id: 'fbebb24701714a69b4464554128a5a54'
                    }
                    related_lists_partner: {
                        table: 'sys_ui_related_list'
                        id: '09342b7c11304bc78ff8850c0cd66bb3'
                    }
                    report_boomerangs_by_group: {
                        table: 'sys_report'
                        id: '8130662507724bbf9fec87a09bea2717'
                    }
                    report_escalations_by_partner: {
                        table: 'sys_report'
                        id: '8a9a74d424db46e99e837856531bd301'
                    }
                    report_open_escalations_by_group: {
                        table: 'sys_report'
                        id: '9319ffa754b942ad9fd451d786f4e9a9'
                    }
                    report_outcomes_per_week: {
                        table: 'sys_report'
                        id: '72bc4ebb10d149e2893aed5a58224d8e'
                    }
                    report_ping_pong: {
                        table: 'sys_report'
                        id: 'a4474197e2a0404fa404f8118513cced'
                    }
                    report_resolve_time_partner_escalations: {
                        table: 'sys_report'
                        id: '53d3c092df1743fd9ecf7bb5be5d6d93'
                    }
                    report_sent_to_partners: {
                        table: 'sys_report'
                        id: 'c2bafe2840e742f5a4f571df1df2dedc'
                    }
                    si_banner_ajax: {
                        table: 'sys_script_include'
                        id: '49919003df2b4251bc9feb2c79851647'
                    }
                    si_it_partner_form: {
                        table: 'sys_script_include'
                        id: 'dee836737b67476b8d56f7fd0df52620'
                    }
                    'src_server_core_admin-checks_ts': {
                        table: 'sys_module'
                        id: '9b4a73c06a454ce98cb740fbc500d428'
                    }
                    src_server_core_backfill_ts: {
                        table: 'sys_module'
                        id: '6a211a27af74496e89f9826eefcf55bc'
                    }
                    src_server_core_banner_ts: {
                        table: 'sys_module'
                        id: 'fe2ff7648a58462f86a7688158aff978'
                    }
                    src_server_core_boomerang_ts: {
                        table: 'sys_module'
                        id: '8c7ea1f2923e40b384221d5e6ac6c321'
                    }
                    src_server_core_condition_ts: {
                        table: 'sys_module'
                        id: '3544198831e34fd6a69d945024858309'
                    }
                    src_server_core_config_ts: {
                        table: 'sys_module'
                        id: 'fa92474f14b74c5a931dfbbaf3b17c5d'
                    }
                    'src_server_core_config-check_ts': {
                        table: 'sys_module'
                        id: 'a0e5f5a114914399b16bdfb9fdc23cde'
                    }
                    'src_server_core_install-check_ts': {
                        table: 'sys_module'
                        id: '56b8e2c04f35450eb347142b243135f1'
                    }
                    src_server_core_messages_ts: {
                        table: 'sys_module'
                        id: 'c3d691b263c14170ab57c622c7b9c125'
                    }
                    src_server_core_model_ts: {
                        table: 'sys_module'
                        id: '51c9c6c0422640d8969967fae92e3047'
                    }
                    src_server_core_pending_ts: {
                        table: 'sys_module'
                        id: '11bb08062f064eb3b0f40b4139ad2594'
                    }
                    'src_server_core_ping-pong_ts': {
                        table: 'sys_module'
                        id: '2aac7cd3326f4930bc2594d0085d66ff'
                    }
                    src_server_core_retention_ts: {
                        table: 'sys_module'
                        id: '12ae008a69d4412f8b0f08deacb01348'
                    }
                    src_server_core_routing_ts: {
                        table: 'sys_module'
                        id: '2540d3dc039548529d1a9edf5ad7d860'
                    }
                    src_server_core_signals_ts: {
                        table: 'sys_module'
                        id: '95c0e2b797ee47b39f391b8df047b8b1'
                    }
                    src_server_core_stamp_ts: {
                        table: 'sys_module'
                        id: '352c2c8a9b8f4465bf2a37af56d62bee'
                    }
                    src_server_core_text_ts: {
                        table: 'sys_module'
                        id: 'b8bbb0601468488a96c08c5119e916f3'
                    }
                    'src_server_glide_admin-records_ts': {
                        table: 'sys_module'
                        id: '2c071761296646adaaf9ffa2a24cd055'
                    }
                    src_server_glide_backfill_ts: {
                        table: 'sys_module'
                        id: 'f1b0f53d5d3943bea83a1a1affe6eae6'
                    }
                    'src_server_glide_banner-lookup_ts': {
                        table: 'sys_module'
                        id: '3b454b1312424e72840e732b11fce7c2'
                    }
                    'src_server_glide_config-facts_ts': {
                        table: 'sys_module'
                        id: 'd8b69f15d4184c45852be844272915c2'
                    }
                    'src_server_glide_decision-log_ts': {
                        table: 'sys_module'
                        id: 'be6f65b6345446d99c9b207f053d1f87'
                    }
                    src_server_glide_evidence_ts: {
                        table: 'sys_module'
                        id: '8c5366b86265439b85c30aa5a93d658b'
                    }
                    'src_server_glide_group-properties_ts': {
                        table: 'sys_module'
                        id: 'e1a071a0cac048bb8383bc6c4ff74cff'
                    }
                    'src_server_glide_install-facts_ts': {
                        table: 'sys_module'
                        id: '07bca56267874ebcaaa9b3620689372d'
                    }
                    src_server_glide_messages_ts: {
                        table: 'sys_module'
                        id: '0cb944e697764313b763640ddf1fc4f3'
                    }
                    src_server_glide_properties_ts: {
                        table: 'sys_module'
                        id: '14b18234220a4f76803bdf4ca0536b0f'
                    }
                    src_server_glide_records_ts: {
                        table: 'sys_module'
                        id: 'c509a0eec4664069b3f985633eae9278'
                    }
                    src_server_glide_retention_ts: {
                        table: 'sys_module'
                        id: 'c342dcdb35254ffba53a4ed247d0f08f'
                    }
                    src_server_glide_routes_ts: {
                        table: 'sys_module'
                        id: '8b129c10298c4374a6d971f014e63104'
                    }
                    src_server_glide_stamp_ts: {
                        table: 'sys_module'
                        id: '842d7ee9d12145d089b7b30ae2a55264'
                    }
                    src_server_rules_backfill_ts: {
                        table: 'sys_module'
                        id: '366860d31c134040af9943382f9eed2f'
                    }
                    'src_server_rules_banner-ajax_ts': {
                        table: 'sys_module'
                        id: '096ffcea83e843b4b18f4a215ab7ca42'
                    }
                    'src_server_rules_check-configuration_ts': {
                        table: 'sys_module'
                        id: '3f5048af2b8e47f5bf0145bdf074229e'
                    }
                    'src_server_rules_check-installation_ts': {
                        table: 'sys_module'
                        id: 'f615d017fc2346a9b727ffd60383f7bf'
                    }
                    'src_server_rules_decision-retention_ts': {
                        table: 'sys_module'
                        id: 'a135f662c52a47f9956df73cbfb8f56b'
                    }
                    'src_server_rules_fail-open_ts': {
                        table: 'sys_module'
                        id: '027bbb5f56e34176801bd8fa18bc88d0'
                    }
                    'src_server_rules_guard-boomerang_ts': {
                        table: 'sys_module'
                        id: 'c74f7360b85946df85e0b7fa4b7ff5a7'
                    }
                    'src_server_rules_record-decisions_ts': {
                        table: 'sys_module'
                        id: 'c4d447d18fc1405ca129b37f5b13f417'
                    }
                    'src_server_rules_route-escalation_ts': {
                        table: 'sys_module'
                        id: '1f976a70dc79470699540643b71f1aa5'
                    }
                    'src_server_rules_send-to-partner_ts': {
                        table: 'sys_module'
                        id: '7c23079ac68f4db2a655e2d7c5a67776'
                    }
                    'src_server_rules_show-banner_ts': {
                        table: 'sys_module'
                        id: 'b1a88395cedf48e9bedc295fcafeee34'
                    }
                    'src_server_rules_validate-admin_ts': {
                        table: 'sys_module'
                        id: '4ab1c8d38f454f029b5ee3ceba200095'
                    }
                    style_partner_escalation_caller: {
                        table: 'sys_ui_style'
                        id: '59bc89c943844086bf69008301247475'
                    }
                    transform_department_import: {
                        table: 'sys_transform_map'
                        id: 'd91996f02062467aacaf64a970e37af0'
                    }
                    transform_department_import_onbefore: {
                        table: 'sys_transform_script'
                        id: 'd1ad4221a22d41feb83fce68062bb1d4'
                    }
                    transform_staff_import: {
                        table: 'sys_transform_map'
                        id: 'ddaae0e6346d46be881d2dbe1a084b95'
                    }
                    transform_staff_import_onbefore: {
                        table: 'sys_transform_script'
                        id: 'dfc9551e4cf2409e979b5bc7d48b3d0c'
                    }
                    ua_check_configuration: {
                        table: 'sys_ui_action'
                        id: '7995a07a15904d539572fd3c9dcee11f'
                    }
                    ua_check_installation: {
                        table: 'sys_ui_action'
                        id: '3f78b66fabfb4b25adac788de271d043'
                    }
                    ua_send_to_partner: {
                        table: 'sys_ui_action'
                        id: '5694da662a94498ebfeb50199bc4ca96'
                    }
                }
                composite: [
                    {
                        table: 'sys_element_mapping'
                        id: '002c542f9d904a9f9922da9292774aac'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: '7a45fdb0a61c44c08ed4b047c0316b75'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '00306cb86cc4421795a07c40c64fc932'
                        key: {
                            document_key: '1f30b6ee7fda4753b3332d760dd02aec'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '00a4631bf0234097a262992882755f0b'
                        key: {
                            document_key: 'fbe6c9c4cc2c4104a8824678cd98eab5'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '00b5d960966e48e784c16bc5d343452b'
                        key: {
                            document_key: '94fdc941bd2245638c6a047337d62fcc'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: '010ca32b946f433f99cc54f59c351b4f'
                        key: {
                            name: 'x_bu_itpartner_red_flag'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0140564f9cae485f8e5da80a9496014a'
                        key: {
                            document_key: 'c60dea96939546899ef1e327d8d323e6'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '018cc81981004db6ba37dfad7973212b'
                        key: {
                            name: 'x_bu_itpartner_partner'
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '01a13136299e4558adbdce8ed1a7a0aa'
                        key: {
                            document_key: '1a318f0943fc43c39109b6ad2f5e930f'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: '01dd44eefa9644a5933fcf5dc291edc8'
                        key: {
                            name: 'x_bu_itpartner_partner'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '01f91a2be80d45958a1a154a64e08e9d'
                        key: {
                            document_key: 'dd678a6317db4695b957e0a40694d245'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '023ad990dae941318fc80a4dcb7893ae'
                        key: {
                            name: 'x_bu_itpartner_red_flag_import'
                            element: 'u_user'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '029c7eaaf70f4136a8a0beda9e0cc9bc'
                        key: {
                            document_key: 'ca917f9b959a45d4ad8ea6e8d38d084e'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '02a0127951064d1585258d33ff3b43f6'
                        key: {
                            document_key: 'e6c10a27a51f46d9911797c64ccf36d3'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '02ee23308b4943d48a7ea7af7f0c1fca'
                        key: {
                            document_key: 'a12d49076e324f02bb3b3d4928bf0897'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0333b19f40314b4e80179a9e71d78362'
                        key: {
                            document_key: '1a318f0943fc43c39109b6ad2f5e930f'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '033ac6d9167941b0a7d749f06a3e97b6'
                        key: {
                            document_key: '6c4c7392c31245a98f0de3b7cad84862'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '033b5c4bb73348f2b64ad09196ea6091'
                        key: {
                            document_key: '1a5944af45da4118984484f22ffdb76a'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0389340de516482891da0860aacfd625'
                        key: {
                            document_key: '5b0c5c368b2348c5bb07475e15523eb2'
                            variable: 'c2eb56e853422110248dddeeff7b1261'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '03be96be3f2d495da4e61cf1bcf1efc8'
                        key: {
                            sys_security_acl: '5c35908afd82463a82bcd500032cc5f6'
                            sys_user_role: {
                                id: '419c6d4e5dc448fa8657898bc3f3ff1e'
                                key: {
                                    name: 'x_bu_itpartner.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '03d8e238f31d44e1bed9ba78136e3fdc'
                        key: {
                            list_id: {
                                id: '5404538d124c4c448053ef6c59b855f1'
                                key: {
                                    name: 'x_bu_itpartner_department'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'department'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '03f5c5881ace431ba085c89b13b762d9'
                        key: {
                            document_key: 'c33eacee624e41d794bf9917b445ffa2'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '041535c2a6dc48db835fc44f54a220fc'
                        key: {
                            name: 'x_bu_itpartner_decision'
                            element: 'signal'
                            value: 'department'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '046e81e629574127ab614e15d8ddc135'
                        key: {
                            document_key: 'a17d049c74844b9d95efc983d56f663c'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '04725d2dec8342dd9e87c4dd377fd381'
                        key: {
                            document_key: 'da783c8072ff4d81abc8a202b114a3ef'
                            variable: '74d6e7a0a3023110571967d1361e616b'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '04b52e8e369743548e6107f5fa46eca9'
                        key: {
                            sys_ui_section: {
                                id: 'fd4d7c1deb6f45feb19ccad1711c9cd9'
                                key: {
                                    name: 'x_bu_itpartner_red_flag'
                                    caption: 'Red flag'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '04c9580c393a453488d764ddc3dcfcb2'
                        key: {
                            name: 'x_bu_itpartner_red_flag'
                            element: 'partner'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '04d715de71534722a1367c0b295fdcc0'
                        key: {
                            document_key: '3a6934803da747f9810865e4c8dcb893'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '04e48a09eeea4f219928e6ed8abe24a9'
                        key: {
                            document_key: 'c5059ead60f64eaf9256a815f87faa26'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '04ecc2b40c5b4212a8c3fe782183f995'
                        key: {
                            document_key: '9b969f76316d468b8de42b7af725c7bb'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '054375f3d5a948fcb09bd9c1aef05246'
                        key: {
                            document_key: '10db7fde31504e568c5db32f63550579'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '054abec37d194cda9f0364c6cf688518'
                        key: {
                            document_key: 'a12d49076e324f02bb3b3d4928bf0897'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '0560e774f4a141e9906a28afb26377ea'
                        key: {
                            list_id: {
                                id: '3c0e11b556df4e329087b2f4f1964810'
                                key: {
                                    name: 'x_bu_itpartner_red_flag'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'partner'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '057273c5753646c383e3442d5114c6ef'
                        key: {
                            sys_security_acl: '60d0f06d6fae46a6a7838b00f80590e5'
                            sys_user_role: {
                                id: '419c6d4e5dc448fa8657898bc3f3ff1e'
                                key: {
                                    name: 'x_bu_itpartner.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '057ef0bbf3fd48d1a51b61b650b27b31'
                        key: {
                            document_key: 'c1554a075b1f4506b5675d66091c6f84'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0596ffa0605c44948a6a3d8854738c58'
                        key: {
                            document_key: '9977e0d4da4541649781678d3506ca6c'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '05c201fb17a447208fdc791751ba00e6'
                        key: {
                            document_key: 'dd678a6317db4695b957e0a40694d245'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '05c75083b0544f94bdbdd244eb123b3f'
                        key: {
                            document_key: 'c319f9ff45f64d22a8507ed1ac2ebf5d'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '05cc9d435bbf4d7e8ff404e2ac27a0c3'
                        key: {
                            name: 'x_bu_itpartner_decision'
                            element: 'outcome'
                            value: 'boomerang_warned'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '05fd9b18c81b426bba7886049336eee4'
                        deleted: true
                        key: {
                            document_key: '4e361b89f3464370888ef09a56869710'
                            variable: 'e216835dffdf3210f972ffffffffff53'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0621c57b19ce4a8aa790d8bfd7730809'
                        key: {
                            document_key: '8cee98504c7a4406b9dacfb59fca656f'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '06513f4a1a6a4a8f909dbfa8adab53dc'
                        key: {
                            document_key: 'f7280eb9dd31494aad2246aa7d30c154'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '067a038f2f3846ba88b00e1eeaf3652d'
                        key: {
                            name: 'x_bu_itpartner_decision'
                            element: 'signal'
                            value: 'partner_handoff'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0687b9feaf264a6ea20fd6c384e78996'
                        key: {
                            document_key: '6c58159e066a4f2f832932ba644a2e56'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '069cf323b1474253b5ea58ac46ab08de'
                        key: {
                            document_key: '4d2c7f7aa4b743ec934d5bbdc6771d25'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '06c02ecc56f34b4c82017716dd39375b'
                        key: {
                            document_key: '17e29582f2db4497bd66888e7e821469'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '06cd5955b40246e3a39454668e161fba'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '2a3e9b42d8524d05b2dd2be438e08bdd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '06e629b74cea4d92bb2ece4890c55951'
                        key: {
                            document_key: 'f7280eb9dd31494aad2246aa7d30c154'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '073dc8a9e07441888bbe3be3b5d1dbda'
                        key: {
                            document_key: 'e629eae74d344c2b9de1307b82401acc'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '07463d221a9b4b2186440b300068fffa'
                        key: {
                            document_key: '6b5e128468e2493c822fcc9828dcef17'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '074a3771393844c997cbccd125f90400'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'cd40c9a5ea3f411f97aebf852f56187f'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '075367d026494ad8b60c4f7604448bf3'
                        key: {
                            document_key: '3c147536dc914dcabfbcc8c270f40ee1'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '078016ad23f5448da4a73437d258475a'
                        key: {
                            document_key: '48496d564f64472bbd0caab5514ed654'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '078d0963c2ca45a1be72fe56cdc50370'
                        key: {
                            sys_ui_form: {
                                id: '1273570dec5b4430a2d0e0e18b4ae3c6'
                                key: {
                                    name: 'x_bu_itpartner_decision'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '75ea923b67f14db198f36f84c99f84dd'
                                key: {
                                    name: 'x_bu_itpartner_decision'
                                    caption: 'Routing decision'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '07abf1989ccb4b21b2ed07593c9c961c'
                        key: {
                            document_key: '1dec752f17754d91903082a3258d5d45'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '07be547255dd40f7b51f6599b54c17c4'
                        key: {
                            document_key: '26023f8de0a246689a7ad747a3503736'
                            variable: 'b124164e53a0220002c6435723dc34c5'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '07e5252915a3472f927494b4fffca23b'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: 'd264f508680349d9983158b39b2f34bf'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '08521dc8ce3946f8ac335801c4bc09df'
                        key: {
                            document_key: 'ca7ef6b272ce4076bf6d92b73bed5c73'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '087300318be544b5a4c08b7f731912dc'
                        key: {
                            document_key: '2a3e9b42d8524d05b2dd2be438e08bdd'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0893462de7784d0d9b9567388070d38f'
                        key: {
                            document_key: 'e1e593dcdd0c441b99ffc5f86e9c0ddc'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '08d10a382c7b48f792e0c1541511d644'
                        key: {
                            document_key: '2d0e5c01f7b44adb8d613b13debf2471'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '08eed2f2c650407b8d4626e91e38f7d0'
                        key: {
                            document_key: '5cb4e4c526404d709da6be9a381d075a'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0901909b098f49ab8153257f784a6e3c'
                        key: {
                            document_key: '3b0da296c9e54e18a1e1e6860ce10140'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '095edb9e70b64c02989cdbe64bf8cc12'
                        key: {
                            document_key: '2fc312e871c84a448aa4b71f60854bdd'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '09bdd8bc92954a98856d42183ca56678'
                        key: {
                            document_key: '5465f083c73d4bc1b4d629d69f6f11ae'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '09c328012c6d4a45b67c05656544d4d0'
                        key: {
                            sys_security_acl: '47b78c9c3df744f7a0e74444a43ccb5b'
                            sys_user_role: {
                                id: '419c6d4e5dc448fa8657898bc3f3ff1e'
                                key: {
                                    name: 'x_bu_itpartner.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '09e7116499284bcfb3a5fc0074fd2678'
                        key: {
                            document_key: '17eb2c6fe48a41a6bf45e43237180d38'
                            variable: '424ca6465320220002c6435723dc34b5'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '0a0d1a3632c94269bb7f5bf9354a2e89'
                        key: {
                            sys_security_acl: '69ac9dc8f17b4f16a5cddbce7486f821'
                            sys_user_role: {
                                id: '419c6d4e5dc448fa8657898bc3f3ff1e'
                                key: {
                                    name: 'x_bu_itpartner.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0a8110fadd9e4732a30ff6922f72bd67'
                        key: {
                            document_key: '4d2c7f7aa4b743ec934d5bbdc6771d25'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0a8599405a4b449fbbe68889640bfc60'
                        key: {
                            name: 'incident'
                            element: 'x_bu_itpartner_ping_pong'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0a9844ed261b4769be5a1c88be9c86aa'
                        key: {
                            document_key: '0267f91f13294972a8aeed0c575ca729'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0ab40c66ccd44e07b2ca23c90202ff20'
                        key: {
                            document_key: '17eb2c6fe48a41a6bf45e43237180d38'
                            variable: '946f3c1a0f23330072e6452bc4767eda'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '0ad187a22c79404383f3fef913523865'
                        key: {
                            name: 'x_bu_itpartner_decision'
                            element: 'outcome'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0ad6563525c041728742fd4d38acc476'
                        key: {
                            document_key: '22ec8bd0088c472fbe46812034425699'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0adc0357529a4be087a4f8159e649804'
                        key: {
                            document_key: 'fbb6acb1711e4a5dbcf89c2701144827'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0af1f9a4db5846ebb5f28a98684a5cd8'
                        key: {
                            document_key: 'b8d234d64a8a485aa91d96a00de1815b'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0aff2859ec2f4fcd9e1d02b8bcc58e77'
                        key: {
                            document_key: '7d5a5d5fdedd47aea118e87117de705a'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0b58ebd206554f149c3cf076acff350e'
                        key: {
                            document_key: '2c6a662df986411caa47560cc1c23a28'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0b7a2b34686d4edaa5262318aca872dd'
                        key: {
                            document_key: '1a5944af45da4118984484f22ffdb76a'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0ba5f8bd1cb24bacbeca7bdec820d257'
                        key: {
                            document_key: '40f51ca57fff4318abff093d8bc84c69'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0baeab8e11e54ae198e2e51c94a1c365'
                        key: {
                            document_key: 'b40f920043044a5a84e116f00bbe200e'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0bf3d657644b4f3f82d2f7f4fdd033f9'
                        key: {
                            name: 'x_bu_itpartner_decision'
                            element: 'task'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '0bfe3b06fa9144eca9f89c11292b2aec'
                        key: {
                            name: 'x_bu_itpartner_decision'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0c05b469df5a410c83903cb96e21ba22'
                        key: {
                            document_key: '25ff8143ac824f589dd91212e220e3c8'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0c56d6c92b1f4636afc2b0aa008f939c'
                        key: {
                            document_key: 'df54de4628fb4304b54ff0ff649c1be5'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '0c6ffb47a10d453c93af214d2bc81391'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '28852d9312224b1997cbd2e0453051f4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0cb48ee751c6405283155554177edf5c'
                        key: {
                            document_key: '43ef102fbabc4de19360ca15654c41b1'
                            variable: '17d732a9c7a333005e5c45b881c26007'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0cbdf28ba320458c99cbe9f3bec1e89f'
                        key: {
                            name: 'x_bu_itpartner_red_flag'
                            element: 'note'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0cd0e110fbf74e07b9dc4157fcc5cd64'
                        key: {
                            document_key: '40e0e86067614c46b773d36044ad7d3f'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '0cdf17df05af4a7e886cbe22608359f6'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '4c260a7e6d8d4155a193837acb120f8f'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '0cdff433dc8e4556b1e2e587546b1f02'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '0ef2dfc04b7641bebb7b35cdf6b44a72'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '0d5be54a81d94bf881ecad90102b35f9'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '146ceb5765994bf898b319cc68f82c4f'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0d7ea2bb50e74fd49f8a573c0cda4162'
                        key: {
                            document_key: 'b597871a7d494e3b814368edc645a603'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0d8e14adcae1424fb6f73c0f7e9fb5b3'
                        key: {
                            document_key: '6d5b934ad4e24833ab5c417b8400d0b2'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0dacd94ddc0b419ab4c4df09d6e23522'
                        key: {
                            document_key: '7f246e98a3944b2da79a8fd5675f9170'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0db3e4d005bc438c8b98c680b3c722b8'
                        key: {
                            document_key: 'a7017f59281843b7861aa257086aae46'
                            variable: '6e55da4e53a0220002c6435723dc34a0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0de5f9228b63444790154c3d4998663a'
                        key: {
                            document_key: 'c40bb5801b1e415d8de1b3fefe8a701e'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0df01e0274654c3fb705f97ed13c1048'
                        key: {
                            document_key: '4c260a7e6d8d4155a193837acb120f8f'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0e85bd3e576a45f0afae0bb6a5bf6d69'
                        key: {
                            document_key: '8ae7f63960dd4c8fb039334f49ef896e'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0e8c21f0a4f649f5987102bab6acf3a2'
                        key: {
                            document_key: '70256bceeb0a4bde931eec3c018e1b8b'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0eb0d424459244d4b8f086367ad7f235'
                        key: {
                            document_key: '65fb26026e6f4af8b3afa69fd0502b34'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0ecf6e26d31c42e08e759d6a6a2a27bf'
                        key: {
                            document_key: 'bc9239eb6ede4b1196d7b7aa42149147'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0effcbfef96b484bb74c24acf1a34474'
                        key: {
                            document_key: 'c5dc1858f53c4fb58bcb0c637d9a908c'
                            variable: '535cb5ab53233300f06fddeeff7b1247'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0f1f701fd2154d0497bd49232be8770d'
                        key: {
                            document_key: 'e1e593dcdd0c441b99ffc5f86e9c0ddc'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0f56167e75cc49ffa2b5d23e19516c24'
                        key: {
                            document_key: '10db7fde31504e568c5db32f63550579'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0fa90f62da1a4e4e9ca95ae7442b6432'
                        key: {
                            document_key: '93664721573e4a5893ddf83c654a9c51'
                            variable: 'a0e13cc35320220002c6435723dc3467'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0fbcf75b53574b4fba6c2546e63ff1dd'
                        key: {
                            document_key: '93bb32fbeb764ffd90f4c5d628cf17cb'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '0fec7ffe5f75438bb40b85b556aea0d5'
                        key: {
                            name: 'x_bu_itpartner_decision'
                            element: 'signal'
                            value: 'red_flag'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '10002b5f04a44be3b635b9d9c44aa9d2'
                        key: {
                            document_key: 'ed456ec13b9b4f7d80da671179aab2f4'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '100a92a9223b4cadbd620f6994c0c658'
                        deleted: true
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_bfb48f59ffdf3210f972ffffffffffb3'
                            id: '4e361b89f3464370888ef09a56869710'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '103a8e722f524707b09b90eff205a3b7'
                        key: {
                            document_key: 'dc361145d1bb42c8886d5c385dda5cb7'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '10666858954d4335ae0499885eb82c98'
                        key: {
                            document_key: 'a100bdcb342a48788e8ae5732366cfef'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '10b7c7d9a4984212931b1d39f04581b2'
                        key: {
                            document_key: '0f7e3316eab6434abad87dc8c7e6f655'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '111ae0c432cc42ef919387fa62c224b5'
                        key: {
                            document_key: '9a525d2efd2444699fa0173aa393b69e'
                            variable: '3a662f60a3023110571967d1361e6134'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '113527318bac4cb7a069d6568ddb46d2'
                        key: {
                            document_key: '5b0c5c368b2348c5bb07475e15523eb2'
                            variable: '6e55da4e53a0220002c6435723dc34a0'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '117a2c4c7a5d4587a7ad8753e337f02e'
                        deleted: true
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_bfb48f59ffdf3210f972ffffffffffb3'
                            id: 'b144809924a3464caa13d9d08ffe8ab8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '11a6e171c63b4e12a8102097e4085c2e'
                        key: {
                            document_key: 'b91e6615810f4a39a76b83024c1d5830'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '120b2d4be5534a02bd9aabec70f282b9'
                        key: {
                            sys_ui_section: {
                                id: '312e4cf674c94384a371ded7c1464382'
                                key: {
                                    name: 'x_bu_itpartner_partner'
                                    caption: 'IT Partner'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1226241bede54ef9a358d0c9161f1d76'
                        key: {
                            name: 'x_bu_itpartner_route'
                            element: 'assignment_group'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '123b41b044fc4c1c84cd610693d59fc6'
                        key: {
                            document_key: 'cdc62c5047784eb3baf25942c2e4e5d1'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1246b19c146646cf9793903abd778f8b'
                        key: {
                            document_key: '70256bceeb0a4bde931eec3c018e1b8b'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '124cdaf6fd384f35b3976e2c25f91368'
                        key: {
                            document_key: '876573b368a74422a9d0fb1354498814'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '12531ad5eba84222a1e594a00f7d8fc8'
                        key: {
                            document_key: 'd9a72f28ac014350982d3d0967c82d0c'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '12540a0b8646468095bb41bd45797f9b'
                        key: {
                            document_key: '7d5a5d5fdedd47aea118e87117de705a'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '1261555b702849e1954e39dda73b5d89'
                        key: {
                            sys_security_acl: '1da2262e6e4e4061b29016e15c78c14c'
                            sys_user_role: {
                                id: 'f3611dd43406472eb40747ed3b270a87'
                                key: {
                                    name: 'x_bu_itpartner.reader'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '126f8b2507bc4db28ae946a4e53a6a91'
                        key: {
                            document_key: '3bd07409efad49e4af5353ccab49139a'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: '1273570dec5b4430a2d0e0e18b4ae3c6'
                        key: {
                            name: 'x_bu_itpartner_decision'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '12b6636da4f9411f8802a6a14bca80de'
                        key: {
                            document_key: 'c304c1c9a122453db13820e0917efc60'
                            variable: 'ad351a4e53a0220002c6435723dc34f0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '131d30456c084cf2abddb55cafe74c6f'
                        key: {
                            document_key: 'ade80828fe014cbb9b34001b60ea7167'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '136ea20c0efb485ca72f34c0a38bbdc4'
                        key: {
                            document_key: '778c3fb48439457d8e66c9b8b277b077'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '138cd3e2c82e4ef0a3f3943c5a7b3e53'
                        key: {
                            document_key: '146ceb5765994bf898b319cc68f82c4f'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '13b919fb0dab4f0da249eacd706ec705'
                        key: {
                            document_key: 'e2a530a5f79e412cba4facc1c185ed7e'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '13bd2da36e3f48958c64dfdd84b91663'
                        key: {
                            name: 'x_bu_itpartner_route'
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '13bf07ba4ea54d3bb2f84a8eec16d957'
                        key: {
                            document_key: 'da4845f601fd45bcbbaba0306a6d88f4'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '13e257a043e94d829f9c8560168a8f04'
                        key: {
                            document_key: 'cd40c9a5ea3f411f97aebf852f56187f'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '13e3d21f5b094908bfb1648803f9acf7'
                        key: {
                            document_key: '69092e079a4b4db680bc7352ca63f5c0'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '140645e9ffa7473a881ff8eace98cfaf'
                        key: {
                            document_key: 'c3264ac4ecf84bf59b14264b02835cb1'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '140a2de81fc6439aa253f2dc415a344b'
                        key: {
                            document_key: '65fb26026e6f4af8b3afa69fd0502b34'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '142969bfc82148a0b42f6cca267229eb'
                        key: {
                            document_key: 'aadff4bd3503424db291a308d0e9449a'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '14652725bc4e47a2bb72593c66328973'
                        key: {
                            document_key: '84c2df9a3068491cbb4e4cac58518be2'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '148f060407754239bc1869a1b50e087c'
                        key: {
                            document_key: '22e9755f84af4c9dbb5d86a552a34a59'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1495c343f61f4aba9be1fb5dd1f6fa4d'
                        key: {
                            document_key: '6804d4d0b4384e3ca9afd9ae6400182f'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '14adb8ce7a24465cb4f04f37d4bbfe4b'
                        key: {
                            sys_ui_action: '7995a07a15904d539572fd3c9dcee11f'
                            sys_user_role: {
                                id: '419c6d4e5dc448fa8657898bc3f3ff1e'
                                key: {
                                    name: 'x_bu_itpartner.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '14bb41f3044f4f2295088d705d32fe8b'
                        key: {
                            document_key: '93bb32fbeb764ffd90f4c5d628cf17cb'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '14dcee74791d4d81a2aa41923992b103'
                        key: {
                            document_key: '54cf28f153804636bdbdc59bda10a8a1'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '155bb98e7aac4a61ad0c858a48ac4f85'
                        key: {
                            list_id: {
                                id: '55a2fef665f94dbbbea48f9838d392ea'
                                key: {
                                    name: 'x_bu_itpartner_decision'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'to_group'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '15932d8753a2421191cb02e2d7401282'
                        key: {
                            document_key: '7f246e98a3944b2da79a8fd5675f9170'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '15d3b78331b0478ca982b2179d5e73cd'
                        key: {
                            name: 'x_bu_itpartner_decision'
                            element: 'outcome'
                            value: 'sent_to_partner'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '1613bb0159fb4463b8ef47711f9d8b2a'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'e1e593dcdd0c441b99ffc5f86e9c0ddc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '162832f56fd74fd8b1517c3da4a296ff'
                        key: {
                            document_key: '6d5b934ad4e24833ab5c417b8400d0b2'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1636b18a48974272afe3b1322eb773a9'
                        key: {
                            document_key: 'c5dc1858f53c4fb58bcb0c637d9a908c'
                            variable: '7600f16353e0220002c6435723dc34d5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '163f75e59fec4d1e8f7414b13fb0e694'
                        key: {
                            document_key: 'c5dc1858f53c4fb58bcb0c637d9a908c'
                            variable: '334ea2f153212110248dddeeff7b1255'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '166190f6bc044a54bcce5ef33e9cda1c'
                        key: {
                            document_key: '7735fe17cef24031b392d3119f20f09c'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '16932ff26bfe4cc28306a2bb3a748bb3'
                        key: {
                            name: 'x_bu_itpartner_red_flag_import'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1698f432a3a0440f847232e0fd2e5944'
                        key: {
                            document_key: 'f7ad9b2f273840b6a958873192e7f48a'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '16e2cb85bbb04e3c8de3be30d542f77e'
                        key: {
                            document_key: 'b597871a7d494e3b814368edc645a603'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '16e30f57fa8d41e592792e18de42ab6f'
                        key: {
                            document_key: 'd9c74bf67cf14ce083bdb589fdcce632'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '170145e7a6d140f48dab5444930ac449'
                        key: {
                            name: 'x_bu_itpartner_route'
                            element: 'table'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '17641c769e944ef8a38f461b78fd70b7'
                        key: {
                            document_key: '5f003fadc7474f7a8d2e9695e66b9125'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1784c1fadbb34a37b922c34fe3a7ea35'
                        key: {
                            document_key: 'c14408c76ca046f0906de1a0604eba27'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '17b1b83e26a54be7b731b58c039af7cc'
                        key: {
                            document_key: '17eb2c6fe48a41a6bf45e43237180d38'
                            variable: 'b3dba2465320220002c6435723dc34f0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1858fcd4e32545028f229aa6be3c9162'
                        key: {
                            document_key: 'ecefef42340940f98ae504bed92e542d'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '188f1050b1de426ca7d2038744daedc1'
                        key: {
                            document_key: 'b144809924a3464caa13d9d08ffe8ab8'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '189cb0763a6745b0a951650636094fe2'
                        key: {
                            document_key: '3a050e6c9a974a38ba9ae54f01b30dfe'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '18bd14c265704d419e0d2d0e3efdc08d'
                        key: {
                            document_key: '062b0d8be3fd4eb2895ca7375b54ca32'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '18db8372029349ae85cdad31376e89ab'
                        key: {
                            document_key: '12d4823371d9461a9134f69bfb30b489'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '18f06dd3986e47f0b44f96fd61f0d4c2'
                        key: {
                            document_key: '22ec8bd0088c472fbe46812034425699'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '18f429c14d0d4954abde27149759f4ef'
                        key: {
                            document_key: '3a6934803da747f9810865e4c8dcb893'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '195b3bbd90ad4ee492c938918a3670de'
                        key: {
                            name: 'incident'
                            element: 'x_bu_itpartner_signal'
                            value: 'red_flag'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '196b819da6b14f75bc463e27101facb8'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'cd40c9a5ea3f411f97aebf852f56187f'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '197ceb8869f14b489d27b9b1cbb6a093'
                        key: {
                            document_key: '18ed72cc08344116bfe308a437d5f530'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '19852f595aa640e6955b2007cdbb9dcb'
                        key: {
                            document_key: 'c3a35b23708c4092ae4fde540639de67'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '199ccbc712a74b94873f539fabce7a43'
                        key: {
                            document_key: 'dc103862acc841eb91efbad7bc625c4b'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '19a87474dd6b4e6d9461f3fcb08f6047'
                        key: {
                            document_key: '58aa28da915b429d9b8b5fb722daa9a6'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '19ee841443d3455d87d9898980f27a07'
                        key: {
                            document_key: 'df54de4628fb4304b54ff0ff649c1be5'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '19f3ecf7683543d7a27cfd8ad86125a1'
                        key: {
                            document_key: 'c2e2c840af174b23aee9d640da774f97'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1a1bccefdecd4e518f5fd2c74f906abb'
                        key: {
                            document_key: '204db92bfd4e47e5ba4048fd6a9f0563'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1a518bfdfe354eb3be9fa3dbd0faeaa5'
                        key: {
                            document_key: '95c367e3ca3d445183e9c84f822ec5be'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1a9b6076650d4247819bf2d01a4cde91'
                        key: {
                            name: 'x_bu_itpartner_decision'
                            element: 'from_group'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1b42bbf99f5d4d94a318f3798a8d5e3c'
                        key: {
                            document_key: '926a660437f345c3b3a83b23a69d2944'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1b5e9886e19e42ed8224b7b122750b2b'
                        key: {
                            document_key: '01e70e9370654285a5aceb7e07bbb3fd'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1b6cb9e9b3ac41769650284c4557f2e4'
                        key: {
                            name: 'x_bu_itpartner_decision'
                            element: 'route'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1b9466c718f04f24971c4dc849ffbf24'
                        key: {
                            document_key: '07fc43d8d0b44cea8876235579bb980b'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1bc5eb60401745b882693dda7727cc88'
                        key: {
                            document_key: '450a7a196e0a440984db6ae075397c97'
                            variable: '17d732a9c7a333005e5c45b881c26007'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1bc83a9c919644c3b6ca21eab53e9fe2'
                        key: {
                            document_key: '30cb9b4358c34ff3bdeea9fc65edc65e'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1be2976b22ea488794913674e2409a7f'
                        key: {
                            document_key: '03ea340dc2f949769f114fbdc671f2b1'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '1c1a1c7017f7472a82c503c88d840029'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '3a6934803da747f9810865e4c8dcb893'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1c27414d42b749d7a6b731444604e721'
                        key: {
                            document_key: '9a525d2efd2444699fa0173aa393b69e'
                            variable: '6f2a59a4e7133300b5646ea8c2f6a975'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1cdfc5e0d1694bfca6f304d15a5be3a4'
                        key: {
                            document_key: 'e93c2dd2777f43259c66cd714116a81b'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1cf4ba625b044e6b869580bc03766486'
                        key: {
                            document_key: '3cbaa222a8464505b2d43fe7a5420bfe'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1cfc896e37d34783b6b92102f2069a9c'
                        key: {
                            document_key: '3eaad2fdf5cb46a8bcb30d1036e8a33a'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1d1a37b1980f4548bd065b77849728ea'
                        key: {
                            name: 'x_bu_itpartner_route'
                            element: 'condition'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1d60b2b4accf4565b2c1d026d3500be6'
                        key: {
                            document_key: '0ef2dfc04b7641bebb7b35cdf6b44a72'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '1d6f9668660b4ed48ea98c437acb11ee'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'bc9239eb6ede4b1196d7b7aa42149147'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1db06aae72b64df9b0c989d2e596162c'
                        key: {
                            document_key: '1c2d377dd6e446eda03cef7f2c5eca2b'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '1dfc140192b341bd8c88895eee4c5bc2'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '19aece9868404ef3b591478bd460d808'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1dfecf2eb05240d19e67bc6691eb992a'
                        key: {
                            document_key: 'd03ede4231864954b27f8ec33c1ea4f2'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1ec388472b544dee81b3032b2cc7989d'
                        key: {
                            document_key: '48496d564f64472bbd0caab5514ed654'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '1edce8dfae0245bfad8847a3faff6175'
                        key: {
                            sys_security_acl: 'e185614d5c1341ff8c3bebf45261f46e'
                            sys_user_role: {
                                id: '419c6d4e5dc448fa8657898bc3f3ff1e'
                                key: {
                                    name: 'x_bu_itpartner.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1ef63489bfa54bcbbf76a0c59d09aa30'
                        key: {
                            document_key: '2993f79b0ecc4e5c8f4f7828e9a39e4f'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1f6a97af704b49d2b78c4c69a84351bf'
                        key: {
                            document_key: '575f5db5bb5a4c9dbb3471e4855b0e24'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '1f810770fbcb4390b419e50bfaf9ece8'
                        key: {
                            sys_security_acl: '3299d65c81bf49b8ba665cc819bcdac1'
                            sys_user_role: {
                                id: '52c27eaec5d6469994301f62444f4626'
                                key: {
                                    name: 'import_admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1f8eae61f30545d68d3dc3863ec01e75'
                        key: {
                            name: 'x_bu_itpartner_red_flag'
                            element: 'user'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1fc4f9af75a74471824fabd3bb1ad411'
                        key: {
                            document_key: 'acbd8586875843c995ff366b1c8cc5cc'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '1fe4a12f2b194c8882f465e8b80e5ceb'
                        key: {
                            sys_security_acl: '7fbb28b26a7d4490923fdd299fb57030'
                            sys_user_role: {
                                id: '2b801c6b96d34516b052aa85da089971'
                                key: {
                                    name: 'itil'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1ff9255d911b47f88ad9ed522f444af6'
                        key: {
                            document_key: 'e260e4d20ae945bdb0143627249b053d'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '1ffd75a930f74843a3a46ae0eee3eeca'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_fcae4a935332120028bc29cac2dc340e'
                            id: 'bb51985d3ebc4843ad94220386f08b3f'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '2027afc5928342adb326e400f3dd6f0d'
                        key: {
                            sys_security_acl: '7043321f1e4748d181c705ac89c5f6a2'
                            sys_user_role: {
                                id: '419c6d4e5dc448fa8657898bc3f3ff1e'
                                key: {
                                    name: 'x_bu_itpartner.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '20295593989d428189f57657bd99fca0'
                        key: {
                            document_key: 'bb3ebfc99f294888abee8fd444966278'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '2096bc8463664b068322cc31f87635ba'
                        key: {
                            name: 'x_bu_itpartner_red_flag_import'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '209db351bc4f46dfb49e287843d82037'
                        key: {
                            document_key: '6d5b934ad4e24833ab5c417b8400d0b2'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '20b4973cd9824ef8b8a040480c22eb33'
                        key: {
                            document_key: '85953700f77f4a60b81b2eee00180a87'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '20dfc430a0c34b7fa14b3c3ba7334c8a'
                        key: {
                            document_key: '57ff0ae86f5a4e27a591e70cf4b989d5'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '20f92f6993da4fa1b5023cef7f71a549'
                        key: {
                            document_key: '84338b66ee7b40ad9dcd7ae2f631c5c4'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '210610dce51d44ca85cdf38d421e728d'
                        key: {
                            document_key: '316c81f8f9dd434d94d17e47ae2175ee'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '21385eb6fd3e40b980c944f9d6fafa14'
                        key: {
                            document_key: '1dec752f17754d91903082a3258d5d45'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2146a7e16a374bab98f7293e1aabaebf'
                        key: {
                            document_key: 'fbe6c9c4cc2c4104a8824678cd98eab5'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '217fd63ae912492f8d4fe301a733c9ba'
                        key: {
                            document_key: 'f1025bd705904ce480943679a1a033ff'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '219119b1ac054d54a0e3b6b773ff6cc0'
                        key: {
                            document_key: '183b27f5f9894deb8b0841f5778200ee'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '21aa87fa701e4c0da1778baae4990c10'
                        key: {
                            document_key: 'a83f146c4f3a446b95aa062bc79d1254'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '2210ed309bbb4981b91ac0612a9b8740'
                        key: {
                            sys_ui_section: {
                                id: '312e4cf674c94384a371ded7c1464382'
                                key: {
                                    name: 'x_bu_itpartner_partner'
                                    caption: 'IT Partner'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'name'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '224bf67f11624dbe898f6b977af74fea'
                        key: {
                            name: 'x_bu_itpartner_route'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '225c8405671746b0b4a4726e918365ad'
                        key: {
                            name: 'x_bu_itpartner_red_flag_import'
                            element: 'u_active'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '226122acbc8c4d98965b954baa816f5c'
                        key: {
                            document_key: '9977e0d4da4541649781678d3506ca6c'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '22b500d1fe8049d1a1ef9c6817faab89'
                        key: {
                            document_key: 'c5059ead60f64eaf9256a815f87faa26'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '230863e496c64fbaa53dbbe620b1753c'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '2b6cc1bc414a42e89cf32482813858a8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '23229d86e1184dae9e4e2b16234ed9fe'
                        key: {
                            document_key: '5252cd8072b44766b7538f86c2817ea3'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '233e3ab8bb6e4d60b64d16491d276c0a'
                        key: {
                            name: 'incident'
                            element: 'x_bu_itpartner_signal'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '235f8e94953c4db4aa8817bbad045596'
                        key: {
                            document_key: 'd8070ccee1e5491382fd8c7e6542fb2b'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '23abbdaf120c43659337c2dd5ec6a82f'
                        key: {
                            document_key: '2fc312e871c84a448aa4b71f60854bdd'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '23bf06ff553144df813addd647ecea6f'
                        key: {
                            document_key: '2eaea97abcfb422c87e1e578dfc40419'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '23d5787eb409466ea579065ad65c8884'
                        key: {
                            document_key: '3eaad2fdf5cb46a8bcb30d1036e8a33a'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '23db25f34c1944dd8bce3991df07be13'
                        key: {
                            document_key: '996b74c03e3f42f99cd84e476c761aaa'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '24045041590c4004875fd52b2312a25c'
                        key: {
                            document_key: '6804d4d0b4384e3ca9afd9ae6400182f'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2412a52d48a642ba98dfd14923b45d8b'
                        key: {
                            document_key: '25bbf6eb225246b9b0c322584f937043'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2440d22e728448ffadaf0565600f63c4'
                        key: {
                            document_key: '5b0c5c368b2348c5bb07475e15523eb2'
                            variable: '74d6e7a0a3023110571967d1361e616b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '245b02e29c0446a984a981ba22c0c216'
                        key: {
                            document_key: 'f658dbf193754e2b8ce5209fdcc19739'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2464a797bd634d219d66f965a0ffcd14'
                        key: {
                            document_key: 'c5cfec5f4a30450789be226ea2115f3a'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '249cd9ad42124bf2822d02ceda3e0333'
                        key: {
                            document_key: 'c40bb5801b1e415d8de1b3fefe8a701e'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '24d6534fb6024819b397170e7b979e90'
                        key: {
                            document_key: '851d74f32b7e4b36b1356cadcd20fcf3'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2527df66bf7842efa25a05a41385ea0b'
                        key: {
                            document_key: '926b2793473b47bf96b07537feb308ec'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '257b5750d66744eab45acff0aabc700d'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '96c13e24e0904a3b9df241099a7afbdc'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '25beef96216c4b7cbc840c3d58af86bd'
                        key: {
                            sys_ui_section: {
                                id: 'fd4d7c1deb6f45feb19ccad1711c9cd9'
                                key: {
                                    name: 'x_bu_itpartner_red_flag'
                                    caption: 'Red flag'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'user'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '25f42a5ce9eb4707b8bc401d2b4ae0d5'
                        key: {
                            document_key: '4bdb04826f524dc1a4d571bc7d5f83b8'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '261378f2493e4798b8e698feec2301d8'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: 'e260e4d20ae945bdb0143627249b053d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '26380436d76a480d823100e7af0840b8'
                        key: {
                            document_key: '10db7fde31504e568c5db32f63550579'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2675ced5ee384da889227fdf607283eb'
                        key: {
                            document_key: '1c697cf82dc843938fc8a9743291e4d6'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '267a8f5aa1804e07b8c5e604057f6712'
                        key: {
                            document_key: 'f658dbf193754e2b8ce5209fdcc19739'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '268805552eb8431ea2ca8f61471a6efe'
                        key: {
                            document_key: '33c2ad0f84564ecfbbc20966835dcefb'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '268ab425dad044aea5eda31c4f01b03f'
                        key: {
                            document_key: '4bdb04826f524dc1a4d571bc7d5f83b8'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '26944ae04ff24ade9b4b762fa8fe593d'
                        key: {
                            document_key: 'f32a34cbee7f4409b502b9a8e2529f74'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '26da9cc53e9b4b5592fc688c1c5785f5'
                        key: {
                            sys_ui_section: {
                                id: '312e4cf674c94384a371ded7c1464382'
                                key: {
                                    name: 'x_bu_itpartner_partner'
                                    caption: 'IT Partner'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '26f23350822248589767d9d15d62502c'
                        key: {
                            logical_table_name: 'x_bu_itpartner_decision'
                            col_name_string: 'task'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2718e92543c94b0f84a4bd841ae4d526'
                        key: {
                            document_key: '8883bf127a4c4f57883c45c632b5bfeb'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2720412fb08446559cd5da7c2564d993'
                        key: {
                            document_key: '9f989833dd4640c6a057802ddeac8e46'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '272453b61ee54cd1be7a424d5d4620e9'
                        key: {
                            document_key: '3d8c4902ed5647209c1e50812c7659d0'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '272ebca8acce49209ad1d0f4d92e1531'
                        key: {
                            list_id: {
                                id: '3c0e11b556df4e329087b2f4f1964810'
                                key: {
                                    name: 'x_bu_itpartner_red_flag'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'sys_updated_on'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2779c9f9c43c46688e9faeba324f32a2'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: '9ba0b7378fd54c57ae28de9a8c8bdbed'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '27b8556f36114eb6b8880559f6bebe90'
                        key: {
                            document_key: '1c697cf82dc843938fc8a9743291e4d6'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '27b98717f11740ecb3e66bbe6a62ac6a'
                        key: {
                            name: 'incident'
                            element: 'x_bu_itpartner_escalation'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '27e336c7d7dc4829bf9e73b0392dcca9'
                        key: {
                            document_key: '1f80d9cc73fa4a99954e2f8289c10329'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '27f2d0ba8bfc465e8cde7a37d041dbc6'
                        key: {
                            sys_security_acl: '36eeeac2040f48efa838ee67421ae41a'
                            sys_user_role: {
                                id: '419c6d4e5dc448fa8657898bc3f3ff1e'
                                key: {
                                    name: 'x_bu_itpartner.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '28033c07bb9f4ea6b02b3526738e3fd2'
                        key: {
                            document_key: '85953700f77f4a60b81b2eee00180a87'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2842d2d53d0e4e04bf26dafbd511c90a'
                        key: {
                            document_key: '54f0e0bfbeb4483ba7e4b99c53d2e935'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '28814d459c26449391ed11f7628ac02e'
                        key: {
                            document_key: 'e663c55c87e545acb599c2a21bac5795'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '294c6eea087d4dc793574ed6e8a91fd4'
                        key: {
                            document_key: '84c2df9a3068491cbb4e4cac58518be2'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2978a6a38bd04d4d8e90ac5a3c427ebf'
                        key: {
                            document_key: 'c40bb5801b1e415d8de1b3fefe8a701e'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '29d1649aa7f44e548709f041d1520c15'
                        key: {
                            document_key: 'c2e2c840af174b23aee9d640da774f97'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2a7daf3a846b4f5f8f56526fc2e185af'
                        key: {
                            document_key: 'ed456ec13b9b4f7d80da671179aab2f4'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2a8a1f8324784151a9d9edb14922c081'
                        key: {
                            document_key: '044e742a37d549f582c97d48c52f1b58'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '2a8f9b8dc6ea477885343dffe8cf22b0'
                        key: {
                            list_id: {
                                id: 'b01e06b0c80c4fd58bc723535ce402ed'
                                key: {
                                    name: 'x_bu_itpartner_route'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'condition'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2abb5fbdbb704f66a09186d9cd0e7fc8'
                        key: {
                            document_key: '06e88a511c484e5e94aed9920cfb4973'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2ad4d320dafc4ac6a4c4871bbc2604d4'
                        key: {
                            document_key: 'fbb6acb1711e4a5dbcf89c2701144827'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2aed714e20434e4089019e4c61be3ad9'
                        key: {
                            document_key: 'cdc62c5047784eb3baf25942c2e4e5d1'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2b23161794504c6b8197f7038c7238da'
                        key: {
                            document_key: '2c96deca9968470a8eaea6cb5df08b2f'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2b6fa6ee26bb4afca3224973f5ea0913'
                        key: {
                            document_key: 'e6c10a27a51f46d9911797c64ccf36d3'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2b8b01923d80404898e57016731c6c60'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: '89238824689f46b2a6acd56eb6583c00'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2ba791f91a564bc89b22e286264747b7'
                        key: {
                            document_key: '94fdc941bd2245638c6a047337d62fcc'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2bc4a75ce67641568557c222f60f7124'
                        key: {
                            document_key: 'f32a34cbee7f4409b502b9a8e2529f74'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2bc4d47bcf6f4facbef71575b31332e4'
                        key: {
                            document_key: 'a17d049c74844b9d95efc983d56f663c'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2bd557014d6342358f4f89fb92185582'
                        key: {
                            document_key: 'c9b726daf64a45af8ba59a935976e476'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2be9720554b541b0b371825029037673'
                        key: {
                            document_key: 'a7017f59281843b7861aa257086aae46'
                            variable: 'c2eb56e853422110248dddeeff7b1261'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2bfd16a4e1e24bd59101644ee2bcb48d'
                        key: {
                            document_key: 'e31781d0403c4165ba2a052f5ce48491'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2c2f1107ac364ba99827b7e24362a0f9'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '1dec752f17754d91903082a3258d5d45'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2c4f678f9115425f8f6c9f6dfbef8e68'
                        key: {
                            document_key: 'df8377cdd85d41c9b92542dc25e705d3'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2c734e1d13b146c18db9c6859855ef35'
                        key: {
                            document_key: '0267f91f13294972a8aeed0c575ca729'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2c73f995eaa14b2d8811634ef3da6173'
                        key: {
                            document_key: '10db7fde31504e568c5db32f63550579'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2c923904881b484ba5d0873fb445b85e'
                        key: {
                            name: 'incident'
                            element: 'x_bu_itpartner_escalation'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2cbfb3e74bc94f86b639bc34fcad6da1'
                        key: {
                            document_key: 'fbe6c9c4cc2c4104a8824678cd98eab5'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2ce6f04a7b7140e59cbbfe505b0a4bc0'
                        key: {
                            name: 'x_bu_itpartner_partner'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '2d09cc5e7fe246e7993a57bf022d3edb'
                        key: {
                            list_id: {
                                id: '5404538d124c4c448053ef6c59b855f1'
                                key: {
                                    name: 'x_bu_itpartner_department'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'partner'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2d2626200fe24283a6122557c07c9496'
                        key: {
                            document_key: '3ce52bfb6bed4d8abc13a09fe6a88938'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2d7a4f51a27645f6b2d2a620b8e59524'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '3eaad2fdf5cb46a8bcb30d1036e8a33a'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2dab8e6a89204c9fba711ddac766443c'
                        key: {
                            document_key: '6e85b0c381434fe0909334ceb8c4cb50'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '2dd170c1dad842ec8b375125ab4d09cc'
                        key: {
                            name: 'x_bu_itpartner_decision'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2e066d10265844ba86872aa9ed3e1505'
                        key: {
                            document_key: 'd03ede4231864954b27f8ec33c1ea4f2'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '2e0a8ab4c72a4266b053de22fa43183a'
                        key: {
                            sys_ui_section: {
                                id: '44b8208dfb2e49b18b1b158a9d3e4395'
                                key: {
                                    name: 'x_bu_itpartner_route'
                                    caption: 'Escalation route'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '2e0c89d9cb4740aaa7f809282b19a400'
                        key: {
                            sys_security_acl: '42ee969d2fc149a4b228f6f4671dda3e'
                            sys_user_role: {
                                id: '419c6d4e5dc448fa8657898bc3f3ff1e'
                                key: {
                                    name: 'x_bu_itpartner.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2e1aea711251406082653bf6264e633d'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '7f246e98a3944b2da79a8fd5675f9170'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2e3580c037ba4d9885daf3dd341f35bd'
                        key: {
                            document_key: '2993f79b0ecc4e5c8f4f7828e9a39e4f'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2e3bf937a6694e01a055b39f792948bc'
                        key: {
                            name: 'x_bu_itpartner_route'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2e61381aa12f4c8a808e31bc17ca95d9'
                        key: {
                            document_key: 'a7017f59281843b7861aa257086aae46'
                            variable: 'ad351a4e53a0220002c6435723dc34f0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2e7bb6fb950b4ab98bf8c496865ff2b0'
                        key: {
                            document_key: '3ce52bfb6bed4d8abc13a09fe6a88938'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2e7dfb54758a49b1b1b703e050226c2e'
                        key: {
                            document_key: 'a9deabfa439e46a6b0d6454db5d19a61'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2e88a4258e90453eaf15397ad081abf2'
                        key: {
                            document_key: '851d74f32b7e4b36b1356cadcd20fcf3'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2ea5b4db0f3b40f49bda3a9f4eb94dda'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'fbe6c9c4cc2c4104a8824678cd98eab5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2ea993e83d804b909c71c3487a6b451d'
                        key: {
                            document_key: '94a8d064e6c74f0c9477a1e0996d9366'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2eb2709d3c5d43118e08f11628aa5119'
                        key: {
                            document_key: '204db92bfd4e47e5ba4048fd6a9f0563'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2eb2e4e7552c49f5bef6d15cfcfd71e9'
                        key: {
                            document_key: 'b144809924a3464caa13d9d08ffe8ab8'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2ee6c62d3ca44450925e382b592b73ec'
                        key: {
                            document_key: '73bde182f5a04a34b8bd86487023b19c'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2eee46eccf634590b6edd9f2f8b24ff1'
                        key: {
                            document_key: 'e9e0800c7e424decbdd41c7acbd78988'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2f1c406d88e84f4799c4eccb3513408f'
                        key: {
                            document_key: '54cf28f153804636bdbdc59bda10a8a1'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2f22cc3644bc4f74a024faf142353213'
                        key: {
                            document_key: '50799e404e434d9896947dadc6129959'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '2f28eddfc4ab41cb9b62ad6a8b14858e'
                        key: {
                            sys_ui_section: {
                                id: '75ea923b67f14db198f36f84c99f84dd'
                                key: {
                                    name: 'x_bu_itpartner_decision'
                                    caption: 'Routing decision'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2f4891ae463c4643a5bcbba10f1a4e84'
                        key: {
                            name: 'x_bu_itpartner_department_import'
                            element: 'u_active'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2f664e09816248c7860c124f6ef3a22c'
                        key: {
                            document_key: '49906c62a63141cbb1b5487b6c6fd5da'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2f9adb6c57ec462fa63be72ad3ee7f2a'
                        key: {
                            document_key: 'd5bdf45a57ad4b7c8244e4574075b5a9'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2fb480f0df1142419ca46612ab303bd9'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'e5ffa47e401842fd9fa1c1075d928ba8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2fbdd6344e644434bf10ca1fd9fe8e3a'
                        key: {
                            document_key: 'd9a72f28ac014350982d3d0967c82d0c'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2fda55b573cd4787b99d336bf0bb922e'
                        key: {
                            document_key: 'c1554a075b1f4506b5675d66091c6f84'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2ff8ad33b35d418391b0d608c2c65c6b'
                        key: {
                            name: 'x_bu_itpartner_decision'
                            element: 'route'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3001c62e12234ddc86b5d13084a67ffc'
                        key: {
                            document_key: 'f68e8ca695894a56b66d6af5c4e41b97'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '301aa74f969346c08fc240ca622a166a'
                        key: {
                            list_id: {
                                id: '55a2fef665f94dbbbea48f9838d392ea'
                                key: {
                                    name: 'x_bu_itpartner_decision'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'route'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3064b542674544f5b0bf08605a0f118c'
                        key: {
                            document_key: '77bd558a3a6843e784c8306fe65560b7'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '308deff384594a34b4ea6e515321b126'
                        key: {
                            document_key: 'b8d234d64a8a485aa91d96a00de1815b'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '30c61c9f21b9487c94c52b34145fbf80'
                        key: {
                            document_key: '6f267f9a145f45be951113fdfd3bbe0f'
                            variable: 'b3dba2465320220002c6435723dc34f0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '30f6830b91b94ee7964a950a8d1d3734'
                        key: {
                            document_key: '5cb4e4c526404d709da6be9a381d075a'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3112c2e3154f48d8a7678291a3aaaad7'
                        key: {
                            document_key: '42116337d6514011a47c697eac677585'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '312e4cf674c94384a371ded7c1464382'
                        key: {
                            name: 'x_bu_itpartner_partner'
                            caption: 'IT Partner'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '315346b14b1647089307b47002181b12'
                        key: {
                            document_key: 'e6c10a27a51f46d9911797c64ccf36d3'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '317ac0f295634922883178bbdd52bb80'
                        key: {
                            document_key: 'bb3ebfc99f294888abee8fd444966278'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '317e594a8abc43348c4c01aad81e33b9'
                        key: {
                            name: 'x_bu_itpartner_red_flag_import'
                            element: 'u_note'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '318e1dcefa914b5d8ee05187a6e896f6'
                        key: {
                            document_key: '96c13e24e0904a3b9df241099a7afbdc'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '31b7587c46dd47ccbbad06fba8acacd2'
                        key: {
                            name: 'x_bu_itpartner_partner'
                            element: 'name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '31c5be01da194970931c92c18bf3c0e4'
                        key: {
                            list_id: {
                                id: '55a2fef665f94dbbbea48f9838d392ea'
                                key: {
                                    name: 'x_bu_itpartner_decision'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'reason'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '31c9b6fcdd73414cab0e377a28bbb247'
                        key: {
                            document_key: '2d0e5c01f7b44adb8d613b13debf2471'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '32872e35a4c442f98b66f3a2ceb4f60e'
                        key: {
                            document_key: 'bb33abbb0c7446aa9863a1f588185123'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '32d1970b3fc04f2d81647cc7f783527e'
                        key: {
                            document_key: 'e5ffa47e401842fd9fa1c1075d928ba8'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '331563818c294522aaa166f02fdfc2f2'
                        key: {
                            document_key: '40f51ca57fff4318abff093d8bc84c69'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '332d5fa410f947ed96543128a5bcd0cc'
                        key: {
                            document_key: 'b455005e8e99466d8add6eb0e0c5eb92'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '335e3817807d48e3a2cc7a62b5213741'
                        key: {
                            name: 'x_bu_itpartner_partner'
                            element: 'support_group'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '33b0971ace6443278ca8a4ae16e7cb8b'
                        key: {
                            document_key: 'b40f920043044a5a84e116f00bbe200e'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '33c1d2ab00e649c49a85cad1ee2aa535'
                        key: {
                            document_key: '19aece9868404ef3b591478bd460d808'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '3435e89a93ee44f4af9401eadfba182f'
                        key: {
                            sys_ui_section: {
                                id: '75ea923b67f14db198f36f84c99f84dd'
                                key: {
                                    name: 'x_bu_itpartner_decision'
                                    caption: 'Routing decision'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'from_group'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '34688cffe81d4c03a9623021a8392652'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'c40bb5801b1e415d8de1b3fefe8a701e'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '35150529378e4fcfbfd74cdf760657ef'
                        key: {
                            document_key: 'fbb6acb1711e4a5dbcf89c2701144827'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '352bdc6c86754613a5b542600d7386b8'
                        key: {
                            document_key: '1ed2bee4aa2240c88ec99fd84f06aa06'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '353eba98764f4144ab9ded3d55600e55'
                        key: {
                            document_key: '575f5db5bb5a4c9dbb3471e4855b0e24'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '356e562c8f854175b0e27540e141ba46'
                        key: {
                            document_key: '94a8d064e6c74f0c9477a1e0996d9366'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '358afcf7f41f4f8e84ec5a3c8899ceca'
                        key: {
                            document_key: '34b6a2d8fcb345088809685ee1b31cac'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '35e5f112f1ec46029cfcfa0da28a0add'
                        key: {
                            document_key: 'c33eacee624e41d794bf9917b445ffa2'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3602b6f7acd24407a58bf5caa8a70b28'
                        key: {
                            document_key: '623f6d2f722a442b85dd55ef77800ee1'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '362c13e31fe44aae8977d35468f4702d'
                        key: {
                            sys_security_acl: '5336e2d1650245839050bb1375694942'
                            sys_user_role: {
                                id: '419c6d4e5dc448fa8657898bc3f3ff1e'
                                key: {
                                    name: 'x_bu_itpartner.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '364bc6049366416ca9a924ea6691fde5'
                        key: {
                            document_key: '1f30b6ee7fda4753b3332d760dd02aec'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '364c14a7ea61480685ee3e4900513c58'
                        key: {
                            document_key: '92bb3f797137434f9cf8c5d22b6f0e23'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '3678210d6dcf41149cb9811c8ded0b68'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'ce9b01a4eb36422cad8de2b003d71866'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '36c3143392b3468a88a5d69f5dfe9d32'
                        key: {
                            sys_ui_action: '3f78b66fabfb4b25adac788de271d043'
                            sys_user_role: {
                                id: '419c6d4e5dc448fa8657898bc3f3ff1e'
                                key: {
                                    name: 'x_bu_itpartner.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '374b3d3ee69f4d96be1f46c78b9affa8'
                        key: {
                            document_key: '5583c05130994ea2a3505b5f7908a1a2'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '374fa67fece04ed2a9c3fd557c488229'
                        key: {
                            document_key: '64a90c61530c45e1aeabe0c3cd9e9619'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3765679e06e14853a25def5bd0af091b'
                        key: {
                            name: 'incident'
                            element: 'x_bu_itpartner_signal'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '376cbe1c9b8d4cc59c3a1d880a2438f0'
                        key: {
                            document_key: '450a7a196e0a440984db6ae075397c97'
                            variable: 'b124164e53a0220002c6435723dc34c5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '377da81670fa4c6c81bb70ab25b261b8'
                        key: {
                            document_key: '778c3fb48439457d8e66c9b8b277b077'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '377f168c0e48491d82969b24a2517e25'
                        key: {
                            document_key: '5252cd8072b44766b7538f86c2817ea3'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '37addd061c20430c812563191615d0d9'
                        key: {
                            document_key: 'f658dbf193754e2b8ce5209fdcc19739'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '38bbd45cd93b46878b28ecfcb53c6722'
                        key: {
                            sys_ui_section: {
                                id: '44b8208dfb2e49b18b1b158a9d3e4395'
                                key: {
                                    name: 'x_bu_itpartner_route'
                                    caption: 'Escalation route'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'df57dd0812c045beb7961aa0e98b7a74'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '38e6ec162f3d4cc2b2c594b201281008'
                        key: {
                            document_key: '8b4e8cca959f47e781cf345ba7fb8273'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '39100e2c820f474ebce318ea5ea3b1c1'
                        key: {
                            document_key: '10db7fde31504e568c5db32f63550579'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '3952572333a74d8998d038a566ad06bc'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: '6b23bc3efdd9474391fe60943635c78f'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '39d246f090d142d6a89578de43c35682'
                        key: {
                            document_key: '3eaad2fdf5cb46a8bcb30d1036e8a33a'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '39f3387e62084e9a993e1b72d1107ef2'
                        key: {
                            document_key: '204db92bfd4e47e5ba4048fd6a9f0563'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3a20606d1bbe4c7e865cf2127cb60db2'
                        key: {
                            document_key: 'f7ad9b2f273840b6a958873192e7f48a'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3a21723bd5ad4c4e84aaedd3c73f11bd'
                        key: {
                            document_key: '996b74c03e3f42f99cd84e476c761aaa'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3a3c6285702e4978b0888263d8a8c72f'
                        key: {
                            document_key: '58aa28da915b429d9b8b5fb722daa9a6'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3a6a1bf608094d7287fa669802e7020e'
                        key: {
                            document_key: '7735fe17cef24031b392d3119f20f09c'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3a784487e7194652a63cc665f9b99dd9'
                        key: {
                            document_key: 'b1d66f9225cc47d4af3c97833cf7d9b1'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3ad790b2860540a5945722c894cafa42'
                        key: {
                            document_key: 'ca7ef6b272ce4076bf6d92b73bed5c73'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3b2a2776d6934c39b60bdd2d94784121'
                        key: {
                            document_key: '1c2d377dd6e446eda03cef7f2c5eca2b'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3b920806621945da84a7076c2da02669'
                        key: {
                            document_key: 'e93c2dd2777f43259c66cd714116a81b'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3bb08e7dafda4f6fb00b60729424b1a5'
                        key: {
                            document_key: '2a3e9b42d8524d05b2dd2be438e08bdd'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3bb6fec8d25542e99ebb81f4b41cf25e'
                        key: {
                            document_key: '7cd22c0cf8e34bdfaf171af3148d680e'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3c067336fa0942cd9985e8e7c6cf1383'
                        key: {
                            document_key: '5d476f1ae69d49bc863748c600696fa1'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '3c0e11b556df4e329087b2f4f1964810'
                        key: {
                            name: 'x_bu_itpartner_red_flag'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3c0f9d36847f44988d79b08d7a31c547'
                        key: {
                            document_key: 'da783c8072ff4d81abc8a202b114a3ef'
                            variable: 'c2eb56e853422110248dddeeff7b1261'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3c1957e01b634e45845ca705796acda6'
                        key: {
                            document_key: '34b6a2d8fcb345088809685ee1b31cac'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3c1c8988590a408f86072032059daf9b'
                        key: {
                            document_key: '9f989833dd4640c6a057802ddeac8e46'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3c2fdb0608194216bd01198b2b99f71c'
                        key: {
                            document_key: '65fb26026e6f4af8b3afa69fd0502b34'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3c5365ec558b4832b0f753ffa99c0001'
                        key: {
                            document_key: '7a9cc97374f6417888096119fe11604d'
                            variable: '4aa838f25320220002c6435723dc34e1'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '3cd86c318fc649028ed9fa01ac896d37'
                        key: {
                            sys_security_acl: '7fd6b9190e9c415cbaf92c4841e0a5e9'
                            sys_user_role: {
                                id: 'f3611dd43406472eb40747ed3b270a87'
                                key: {
                                    name: 'x_bu_itpartner.reader'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3d2d6cb242c84a89ab51b9fc542a092f'
                        key: {
                            document_key: '36178026fa0e4d29bf8cda08baed3e41'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3d7b51b159aa4e6ab0ab2c6600732856'
                        key: {
                            document_key: '996b74c03e3f42f99cd84e476c761aaa'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3da092b905f9420aa894ed9535e9523d'
                        key: {
                            document_key: 'eeae603b491e45fa89647397b5f174f3'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '3db17ee12c684a118461e592ab254781'
                        key: {
                            name: 'x_bu_itpartner_department'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3ddd88c364924b84b4174d2ddbb78ae0'
                        key: {
                            document_key: 'e629eae74d344c2b9de1307b82401acc'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3de0f478739647fd84e6f0f8ceaabc20'
                        key: {
                            document_key: 'df54de4628fb4304b54ff0ff649c1be5'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '3e0e29a05716401b873e0373b3811d6d'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_d9bc5f21ff6033008d3f5d9ad53bf12d'
                            id: '36178026fa0e4d29bf8cda08baed3e41'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3e0e55366f7545d0a61db614f5a3a880'
                        key: {
                            document_key: '7f246e98a3944b2da79a8fd5675f9170'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3e1688b1c8524ef4b2fdcdaf4e7aa6e6'
                        key: {
                            document_key: '2993f79b0ecc4e5c8f4f7828e9a39e4f'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3e3f9cf9033f4196bcf24fdc814b9220'
                        key: {
                            name: 'x_bu_itpartner_decision'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_transform_entry'
                        id: '3e4c3b6338ca4507814fd50845166d80'
                        deleted: true
                        key: {
                            map: 'd91996f02062467aacaf64a970e37af0'
                            target_field: 'active'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3e4cd1724d3b432998c2e7e475ce4808'
                        key: {
                            document_key: 'f68e8ca695894a56b66d6af5c4e41b97'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '3e7b0caf3d174912b75ac8c5a6119310'
                        key: {
                            sys_security_acl: 'b0d157a208864295bc43db6574f89127'
                            sys_user_role: {
                                id: '419c6d4e5dc448fa8657898bc3f3ff1e'
                                key: {
                                    name: 'x_bu_itpartner.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3eedddb8c26f4502acabdcff517e8362'
                        key: {
                            document_key: 'a12d49076e324f02bb3b3d4928bf0897'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3f2123200b774fbc8839989509221a43'
                        key: {
                            document_key: '36178026fa0e4d29bf8cda08baed3e41'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '3f38ee649dc94bbab7db275d08837dd6'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'fbb6acb1711e4a5dbcf89c2701144827'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3fbbbdba48584f52af42a97739cad47d'
                        key: {
                            document_key: '43ef102fbabc4de19360ca15654c41b1'
                            variable: 'b124164e53a0220002c6435723dc34c5'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '3fcd5c708392440eab20b1ba4a49e776'
                        key: {
                            name: 'x_bu_itpartner_department_import'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '40540342810a4fc98ac56f0468bc59ec'
                        key: {
                            document_key: 'ed456ec13b9b4f7d80da671179aab2f4'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '40d0feedbad345d486d039563a73ab79'
                        key: {
                            document_key: '10db7fde31504e568c5db32f63550579'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '40db487ee1d649db990847e966ffaebc'
                        key: {
                            document_key: '42116337d6514011a47c697eac677585'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '40dbd94ef3b54efdb46aff58f79a0339'
                        key: {
                            document_key: '94fdc941bd2245638c6a047337d62fcc'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '40f443a001894330b9354fd9df6b15aa'
                        key: {
                            document_key: 'b6447d099ff54c38a5a2e54ac1e41d57'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '40fdcc84b6aa4e158d3ef493f339d31f'
                        key: {
                            document_key: '785e0c66ed6f4fb2b6a77193fe7aae64'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4108f331e265421ea4c55c75c9f99867'
                        key: {
                            name: 'x_bu_itpartner_decision'
                            element: 'from_group'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '411b19ad46674c58a2294d8f13c784ec'
                        key: {
                            document_key: 'd8070ccee1e5491382fd8c7e6542fb2b'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '413aae97cd32427ea8daf084e66bc393'
                        key: {
                            document_key: 'f7537119f5264c7781090d8a749ebd4e'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '41736c664e5a40bd929d94f378b74bcd'
                        key: {
                            document_key: '183b27f5f9894deb8b0841f5778200ee'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: '419c6d4e5dc448fa8657898bc3f3ff1e'
                        key: {
                            name: 'x_bu_itpartner.admin'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '41b931fdbb674e26834001f2b6ce7608'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '1c697cf82dc843938fc8a9743291e4d6'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '41dba788e1f7406c8b6ec85bab7c5a25'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '12d4823371d9461a9134f69bfb30b489'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '41e79a2db62d44419addac9520e2416b'
                        key: {
                            document_key: '70b0a780b1a94638a8935ee2562305fd'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '420409758e1144449391580c2b3a5ce5'
                        key: {
                            sys_ui_form: {
                                id: '010ca32b946f433f99cc54f59c351b4f'
                                key: {
                                    name: 'x_bu_itpartner_red_flag'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: 'fd4d7c1deb6f45feb19ccad1711c9cd9'
                                key: {
                                    name: 'x_bu_itpartner_red_flag'
                                    caption: 'Red flag'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_user_role_contains'
                        id: '425a0e44be174d96a3227b62f60d2f83'
                        key: {
                            role: {
                                id: '419c6d4e5dc448fa8657898bc3f3ff1e'
                                key: {
                                    name: 'x_bu_itpartner.admin'
                                }
                            }
                            contains: {
                                id: 'f3611dd43406472eb40747ed3b270a87'
                                key: {
                                    name: 'x_bu_itpartner.reader'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '425eacdd2afc45d3b14b256a7f0a8dc0'
                        key: {
                            document_key: 'fd60102fbca14e20aae18a8ebdb406c2'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '42b247181296483a84beb35aac0f8541'
                        key: {
                            document_key: '4e361b89f3464370888ef09a56869710'
                            variable: '56e6bee65320220002c6435723dc34b9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '42b71178df7d4efb9d821c2ed312e8f3'
                        key: {
                            document_key: '6b5e128468e2493c822fcc9828dcef17'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '42c9bc7d502440dc8c4aa9555524affd'
                        key: {
                            name: 'x_bu_itpartner_department'
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '42fd678e2335446bbfae4cc84db03547'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'f7280eb9dd31494aad2246aa7d30c154'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4302236eaf7a496f8e79c447bf149904'
                        key: {
                            document_key: '06e88a511c484e5e94aed9920cfb4973'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4304a67ded004a41b2aa19aa4398b56e'
                        key: {
                            document_key: '12d4823371d9461a9134f69bfb30b489'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '432170d851eb4e26b89d756ba363fd74'
                        key: {
                            document_key: 'd4cecbaa05fa4a06bc00023daffcf05d'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '43608f70b54548788d04a4e8387b80cb'
                        key: {
                            sys_security_acl: '441b9b694bfe48688fb7eec33993aade'
                            sys_user_role: {
                                id: '419c6d4e5dc448fa8657898bc3f3ff1e'
                                key: {
                                    name: 'x_bu_itpartner.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '43c275bf594e427c962f10e1ba9bb863'
                        key: {
                            document_key: '4c260a7e6d8d4155a193837acb120f8f'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '43ee92f591fe4708a0d4e4be3fe6f63b'
                        key: {
                            sys_security_acl: '1563912e488245ad8d1bda0086696c7e'
                            sys_user_role: {
                                id: '52c27eaec5d6469994301f62444f4626'
                                key: {
                                    name: 'import_admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '44099982cc504cb9ae3e9b0e101eaaa8'
                        key: {
                            document_key: '50799e404e434d9896947dadc6129959'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '44118c8e7d294f8b920916b98539fbcc'
                        key: {
                            document_key: 'c9b726daf64a45af8ba59a935976e476'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4430af55e8ed48cca2ea0bf5e1402cb9'
                        key: {
                            name: 'x_bu_itpartner_department'
                            element: 'partner'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4482e028eba94f4aa572ebe2555cd128'
                        key: {
                            document_key: '1cf7a90a4ff840069eca37cb98190a7a'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4492daf6ce1b4e7b82e08af9e1bdc14c'
                        key: {
                            document_key: 'df8377cdd85d41c9b92542dc25e705d3'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '44b8208dfb2e49b18b1b158a9d3e4395'
                        key: {
                            name: 'x_bu_itpartner_route'
                            caption: 'Escalation route'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '44d65cb5118649e392902fa7aaa5af92'
                        key: {
                            document_key: '2eaea97abcfb422c87e1e578dfc40419'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '45a782cf8a46423583a7df83ba94495e'
                        key: {
                            document_key: '47a67da2d27f46d1a1b450867c1f6232'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: '45bfb5332e1b4e778437d5f70006a607'
                        key: {
                            name: 'x_bu_itpartner_department'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '45f43a576c154e6baafad472205d6c4f'
                        key: {
                            list_id: {
                                id: 'b01e06b0c80c4fd58bc723535ce402ed'
                                key: {
                                    name: 'x_bu_itpartner_route'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'assignment_group'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '46011c2889ce4a7b9981cc0721e77491'
                        key: {
                            name: 'x_bu_itpartner_red_flag_import'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '464f34ba9a504e618efd5f887b4458c9'
                        key: {
                            document_key: 'c5cfec5f4a30450789be226ea2115f3a'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '466b3155490b4d7689efab665eb084ec'
                        key: {
                            sys_ui_section: {
                                id: '75ea923b67f14db198f36f84c99f84dd'
                                key: {
                                    name: 'x_bu_itpartner_decision'
                                    caption: 'Routing decision'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'partner'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '468ea9d6dfca4a26a3d2a0d593918a93'
                        key: {
                            document_key: 'c3b68c704b374d3face4badaa18aab2d'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '46a883e11a7b4d749d3803a4dc123dc5'
                        key: {
                            document_key: '06e88a511c484e5e94aed9920cfb4973'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '46e63cb5aa4c48689f174cd98a8c3eb7'
                        key: {
                            document_key: '3b0da296c9e54e18a1e1e6860ce10140'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '470431b886fe4879bdad9c4e495d6adb'
                        key: {
                            document_key: 'c14408c76ca046f0906de1a0604eba27'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '47796c8e6dc44a20a794ede4b8da9dbd'
                        key: {
                            document_key: '345c1c109ea542f2851bc5de53b205d2'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '47967c1fade540f4bf5ff551f36fa81f'
                        key: {
                            document_key: 'fee63beddeab4e9fb915fb22a52dffaa'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '47a6bca085c74968b66c5b00e9fc2c07'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'fbb6acb1711e4a5dbcf89c2701144827'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '47ec05bd86ce4be69f96dc8beaea9a5e'
                        key: {
                            document_key: '48496d564f64472bbd0caab5514ed654'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '47ee4f0f771b40f4aeb87276fa1d26e2'
                        key: {
                            document_key: '50799e404e434d9896947dadc6129959'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4876e3d9a4134ad0b169b97d1a98fe10'
                        key: {
                            document_key: '3d8c4902ed5647209c1e50812c7659d0'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4878b4f04ebb4e09af638cbbf75c8eee'
                        key: {
                            document_key: 'bb60ab03b6254a8b99019ba09a89960f'
                            variable: 'ae8b91c9ffa333008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '48ebac1a7eeb412784301169199995a8'
                        key: {
                            document_key: '03ea340dc2f949769f114fbdc671f2b1'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '49554fe0fc894c66aaa1f5a1e0d1c304'
                        key: {
                            document_key: 'f0ac7d2cbc2f493abbea85c6e50b3519'
                            variable: 'c83b5337e7633300e12127d8d2f6a98b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '49783cb66c28426eaf3d4aa27524b8ab'
                        key: {
                            document_key: '232935bc2796413db9d28aecd03786b7'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4997420c88fa40a1bbf9749b6dd129d5'
                        key: {
                            document_key: '4d2c7f7aa4b743ec934d5bbdc6771d25'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '49b462d923d045de901decde54dd3b6b'
                        key: {
                            document_key: '4e361b89f3464370888ef09a56869710'
                            variable: 'bc43e004c76733005e5c45b881c26046'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '49bb80c570964898bef8023e74298877'
                        key: {
                            list_id: {
                                id: '3c0e11b556df4e329087b2f4f1964810'
                                key: {
                                    name: 'x_bu_itpartner_red_flag'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'user'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '49dcea1ddb734ffd83e58b1e0552cc9c'
                        key: {
                            document_key: '1532f2970dcb46918ea636b4b48179e0'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '49f10ee1c55e4727bf86bc4d390111d6'
                        key: {
                            sys_ui_section: {
                                id: '75ea923b67f14db198f36f84c99f84dd'
                                key: {
                                    name: 'x_bu_itpartner_decision'
                                    caption: 'Routing decision'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'outcome'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4a2194e90e1941aab766636cfe0dd75c'
                        key: {
                            document_key: '36178026fa0e4d29bf8cda08baed3e41'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4a49e7704909499a880c3a41bb215f32'
                        key: {
                            document_key: '77bd558a3a6843e784c8306fe65560b7'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4a4a8d45b8784cad855f764825d27622'
                        key: {
                            document_key: 'c5dc1858f53c4fb58bcb0c637d9a908c'
                            variable: '7c5f6d2353e0220002c6435723dc34f6'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4a593a19c20b4809b56e9fdca58e97ad'
                        key: {
                            document_key: '5b0c5c368b2348c5bb07475e15523eb2'
                            variable: '17d732a9c7a333005e5c45b881c26007'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4a68b74a2a6d4beba47bf9f9c0b870cd'
                        key: {
                            name: 'x_bu_itpartner_decision'
                            element: 'partner'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4a8b11eea07b4cf5b169a1967c16f854'
                        key: {
                            document_key: '26023f8de0a246689a7ad747a3503736'
                            variable: '6e55da4e53a0220002c6435723dc34a0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4aa5e25158584d338ba03c72e87e4422'
                        key: {
                            document_key: '4d2c7f7aa4b743ec934d5bbdc6771d25'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '4aac4becf2aa4f54827e424915a48a47'
                        key: {
                            sys_security_acl: '58e31051c91f4e56b6c67e714e3cd818'
                            sys_user_role: {
                                id: '419c6d4e5dc448fa8657898bc3f3ff1e'
                                key: {
                                    name: 'x_bu_itpartner.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4ac96af94be54f638d4cb34beac8cf26'
                        key: {
                            document_key: '2c417987c6e34b25b4a17cbd248da4d9'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4ae97b0c62224a578462959face5b464'
                        key: {
                            document_key: '84338b66ee7b40ad9dcd7ae2f631c5c4'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4b147d702bc34f01918ebd39a4875ad4'
                        key: {
                            name: 'x_bu_itpartner_red_flag'
                            element: 'user'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4b58369da74145f8929a06c50f3808f9'
                        key: {
                            document_key: 'c5cfec5f4a30450789be226ea2115f3a'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4b759e71abe94502b9f2ad9c6d9a3b9b'
                        key: {
                            document_key: '77bd558a3a6843e784c8306fe65560b7'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4b808959e5054993821c5714fdbdf082'
                        key: {
                            document_key: 'd9c74bf67cf14ce083bdb589fdcce632'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4be2882562144392adb2000be0e7e1c9'
                        key: {
                            document_key: '73bde182f5a04a34b8bd86487023b19c'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4bee263e9a794b6e9531a6fbf8950367'
                        key: {
                            document_key: 'a34da8c263c64a15b4e9f04c2b6d8c78'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4bfcc973418b49009c882e05fc3b0994'
                        key: {
                            document_key: 'fad51f0eea0541b3b5f7d3c7b4bb06e5'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4c4d87e7512d48a78b6488c91c218e5b'
                        key: {
                            document_key: 'a34da8c263c64a15b4e9f04c2b6d8c78'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4c502b988f5e44f6a20cda140f6201cb'
                        key: {
                            document_key: '7cb823fb6d4d44c4bb7642f77711c905'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4c537d256bc84b72a9f0f59d694e58db'
                        key: {
                            document_key: '1f80d9cc73fa4a99954e2f8289c10329'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4c5ba7c1d4ca4419a43bfba524a97374'
                        key: {
                            document_key: '43ef102fbabc4de19360ca15654c41b1'
                            variable: '74d6e7a0a3023110571967d1361e616b'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '4c7658355dcc47aebcf115af2aecc780'
                        key: {
                            sys_ui_section: {
                                id: '312e4cf674c94384a371ded7c1464382'
                                key: {
                                    name: 'x_bu_itpartner_partner'
                                    caption: 'IT Partner'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'support_group'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4c78ea1df1e3421f9841d210c9fcf892'
                        key: {
                            name: 'x_bu_itpartner_red_flag_import'
                            element: 'u_user'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4ca347a3885f42ab80b37f66be9eddb9'
                        key: {
                            document_key: 'a17d049c74844b9d95efc983d56f663c'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '4cd4888e69784193bf25b4be681bd1f2'
                        key: {
                            sys_ui_section: {
                                id: 'fd4d7c1deb6f45feb19ccad1711c9cd9'
                                key: {
                                    name: 'x_bu_itpartner_red_flag'
                                    caption: 'Red flag'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'partner'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4d05947e8ea146e9855bcda468ea9ec8'
                        key: {
                            document_key: 'c304c1c9a122453db13820e0917efc60'
                            variable: 'b124164e53a0220002c6435723dc34c5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4d20252372f74c36ba72e5720e695aee'
                        key: {
                            document_key: '30cb9b4358c34ff3bdeea9fc65edc65e'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4d5242d759264f03b51c6a4afce5d428'
                        key: {
                            document_key: '7cd22c0cf8e34bdfaf171af3148d680e'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '4d671a0419c14442b7dcf3770fc0cbf0'
                        key: {
                            sys_ui_section: {
                                id: '44b8208dfb2e49b18b1b158a9d3e4395'
                                key: {
                                    name: 'x_bu_itpartner_route'
                                    caption: 'Escalation route'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'condition'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4d9858a2ae8746bba2bdfb02c84a1796'
                        key: {
                            document_key: '3ab519689d804e00a8cfbfeb0cdccb2a'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4da0bb317c214c9bbfdc8adffc4396c2'
                        key: {
                            document_key: '6d5b934ad4e24833ab5c417b8400d0b2'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4da9fc44d9694029999e0e22f19cba43'
                        key: {
                            name: 'x_bu_itpartner_department_import'
                            element: 'u_department'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4de7ad0af73d4b13a00ced6883b74c53'
                        key: {
                            document_key: 'cf312e317ab7446d85f9365f8a28a5cc'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4df878276b794051b3b3ee5df5e92a8a'
                        key: {
                            document_key: 'bb51985d3ebc4843ad94220386f08b3f'
                            variable: '946f3c1a0f23330072e6452bc4767eda'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4e0ab9dcd5c84ee4848437a7c9ab0b24'
                        key: {
                            document_key: '70b0a780b1a94638a8935ee2562305fd'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4e1fdf33bee6492bb102fc5a9c6e0aee'
                        key: {
                            document_key: 'df54de4628fb4304b54ff0ff649c1be5'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '4e2d51d2d9a645e4a1fd8a82aebd0c2c'
                        key: {
                            name: 'x_bu_itpartner_partner'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4e344002fe464eb7a975834413aaa12f'
                        key: {
                            document_key: '785e0c66ed6f4fb2b6a77193fe7aae64'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4ea5f473e7c24396af414f05b21dfa28'
                        key: {
                            document_key: 'fad51f0eea0541b3b5f7d3c7b4bb06e5'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4eb08f33b30f43ddbc3a549b4bc2ecef'
                        key: {
                            document_key: '1f30b6ee7fda4753b3332d760dd02aec'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4eb2fedd0920448c84962a5731f24270'
                        key: {
                            document_key: '17e29582f2db4497bd66888e7e821469'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4ebb9c473dd8468da5c0a43b27f2993a'
                        key: {
                            document_key: '2203d8fdf6424fb695a17d93329d3806'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4ec115234d05443c990bb57a00ee433e'
                        key: {
                            document_key: '2674736faf9a4d13b0e63908aae0a532'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4edaeb07e75349ed8878cb41ca1b0614'
                        key: {
                            document_key: '4af61b8afbb64b39a4a15e7968921538'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4f26ed159e574068815d5a1bac4861c2'
                        key: {
                            document_key: 'ec16d7c520ea47d8a82d598cac7e4744'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '4f2b78ce5dd54328817a35196781d6cd'
                        key: {
                            sys_ui_section: {
                                id: '75ea923b67f14db198f36f84c99f84dd'
                                key: {
                                    name: 'x_bu_itpartner_decision'
                                    caption: 'Routing decision'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'sys_created_on'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4f8a8f1d639f45e0b5b1c942d52dfc74'
                        key: {
                            document_key: 'df54de4628fb4304b54ff0ff649c1be5'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4f9106adf7d749c8ab9de9662f08030b'
                        key: {
                            document_key: '1a318f0943fc43c39109b6ad2f5e930f'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4fb573e4dab7464891d21263a86f2a9f'
                        key: {
                            document_key: '8883bf127a4c4f57883c45c632b5bfeb'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '50091785561147a49dbfccbbb1dc869f'
                        key: {
                            document_key: '1a318f0943fc43c39109b6ad2f5e930f'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '506e2733d1fa4f19b8c7417785f77e89'
                        key: {
                            document_key: 'bb33abbb0c7446aa9863a1f588185123'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '509665776e774ab3a58baebab4eb347d'
                        key: {
                            document_key: '4bdb04826f524dc1a4d571bc7d5f83b8'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '50ad0136163a409a807f3404a46dd7e9'
                        key: {
                            document_key: '2e2b662a81f84c98862c996475b679b4'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '50c3f16d90e14a1bbada128c10c7de02'
                        key: {
                            document_key: 'c6c660655ace4c5cbeef84f36b936c68'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '50cb3e1619de4c24ab76d2b9d406dc3d'
                        key: {
                            document_key: '33c2ad0f84564ecfbbc20966835dcefb'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '513be74f030d43349c5ca9af737e6e97'
                        key: {
                            document_key: 'ecefef42340940f98ae504bed92e542d'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '51d272a00e3e40f9908681e1a9bc53da'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '7cb823fb6d4d44c4bb7642f77711c905'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '51e0299c177848138390cc4d1610be97'
                        key: {
                            document_key: 'c14408c76ca046f0906de1a0604eba27'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '51ef4427121d4c57b25cfc8245ea70d9'
                        key: {
                            sys_security_acl: 'bd54938090734b0a904ae62c67f28355'
                            sys_user_role: {
                                id: '419c6d4e5dc448fa8657898bc3f3ff1e'
                                key: {
                                    name: 'x_bu_itpartner.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '52004fde050a4410aadacea80d566d72'
                        key: {
                            document_key: 'cf312e317ab7446d85f9365f8a28a5cc'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '52463b6ee60943abb870284eaadf8419'
                        key: {
                            document_key: '8dce4606276f4ff78948eb0d6e7939a9'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '524cced59fb5413f822ac383f750d2e1'
                        key: {
                            name: 'incident'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '524df9bb037e48d9b26405a38b0d6213'
                        key: {
                            document_key: 'da4845f601fd45bcbbaba0306a6d88f4'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '52812775aa0645c2ba7726ebf3cbe256'
                        key: {
                            name: 'x_bu_itpartner_red_flag'
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5287394acadc43659591188fbbefa08b'
                        key: {
                            document_key: 'eeae603b491e45fa89647397b5f174f3'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '529ad2c4766d431e99bb282c31dab263'
                        key: {
                            document_key: '2993f79b0ecc4e5c8f4f7828e9a39e4f'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '52ec03d2e42d4044be5980ec0687e66d'
                        key: {
                            list_id: {
                                id: '95d48d14dd2f4ac7af1cf0bbc89bfcfe'
                                key: {
                                    name: 'x_bu_itpartner_partner'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '52fcccc808bc4c9696f16934af681c91'
                        key: {
                            document_key: '54f0e0bfbeb4483ba7e4b99c53d2e935'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '533a5ddd079848b3861a690f3dd54459'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '044e742a37d549f582c97d48c52f1b58'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '534a118db3104b0baa756fa474f7c511'
                        key: {
                            document_key: '22e9755f84af4c9dbb5d86a552a34a59'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '535427083ac346aa94fb75fd2d559a12'
                        key: {
                            document_key: '3c147536dc914dcabfbcc8c270f40ee1'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '53605f0e5230409f8ab241b359a82fd5'
                        key: {
                            document_key: '1a318f0943fc43c39109b6ad2f5e930f'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '538ae56609e34dbbab64e4e559a58d00'
                        key: {
                            document_key: '7a9cc97374f6417888096119fe11604d'
                            variable: 'a0e13cc35320220002c6435723dc3467'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '53da91d6110a46edafcc7a48a5d9664d'
                        key: {
                            sys_ui_section: {
                                id: '75ea923b67f14db198f36f84c99f84dd'
                                key: {
                                    name: 'x_bu_itpartner_decision'
                                    caption: 'Routing decision'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'signal'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5402730a98d24566857983f8456dddef'
                        key: {
                            document_key: '25bbf6eb225246b9b0c322584f937043'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '5404538d124c4c448053ef6c59b855f1'
                        key: {
                            name: 'x_bu_itpartner_department'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '540de0d8205b4f4c9407257b6d7deeab'
                        key: {
                            document_key: '19aece9868404ef3b591478bd460d808'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5423f9287e1f41ad972a3ae2ebbdd306'
                        key: {
                            name: 'x_bu_itpartner_decision'
                            element: 'outcome'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '542a419537fa4a089d9d791f32e9fa78'
                        key: {
                            document_key: 'd264f508680349d9983158b39b2f34bf'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '547890f1e2554326b53be958bf912de2'
                        key: {
                            document_key: '7735fe17cef24031b392d3119f20f09c'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '54842c9e659249159f0cdb08062863f6'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_5f2e0e535332120028bc29cac2dc34d3'
                            id: '43ef102fbabc4de19360ca15654c41b1'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '54ab2056e928487290948fe95f7802c5'
                        key: {
                            list_id: {
                                id: '95d48d14dd2f4ac7af1cf0bbc89bfcfe'
                                key: {
                                    name: 'x_bu_itpartner_partner'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '54d83436a044492dae67aff03c97549a'
                        key: {
                            document_key: '95c367e3ca3d445183e9c84f822ec5be'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '54da7207b7764944b383d821dbe319fa'
                        key: {
                            document_key: '12d4823371d9461a9134f69bfb30b489'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '54dcf3adf1244e8aada3ee2546ce974e'
                        key: {
                            document_key: '5700e4d38ab048ad8b2fded21e353c2f'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '54e22ed0878e434888ca9961693af1e6'
                        key: {
                            document_key: '1c697cf82dc843938fc8a9743291e4d6'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '54eac03d6cdf4ee2ac0bdb9cd95fd62a'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '3ce52bfb6bed4d8abc13a09fe6a88938'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5523aaf29e9441d589a4e45299fd522e'
                        key: {
                            document_key: '95c367e3ca3d445183e9c84f822ec5be'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '55322b586b6e423cb44f56ec8935a9c1'
                        key: {
                            document_key: 'a17d049c74844b9d95efc983d56f663c'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '558461a75b8f47398f2c204302df8cde'
                        key: {
                            document_key: 'afae7b4f9d6247ddb8d12512b6cfcaab'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '55a2fef665f94dbbbea48f9838d392ea'
                        key: {
                            name: 'x_bu_itpartner_decision'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '55cb49e5eb014b7a9667ee1d1c66b769'
                        key: {
                            document_key: '33c2ad0f84564ecfbbc20966835dcefb'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '562078afd6bb4aaf8756eb4cf6d2a3d2'
                        key: {
                            document_key: '4e361b89f3464370888ef09a56869710'
                            variable: '6619c7aa5320220002c6435723dc34e2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '565fc25af4464d16b4c3192ab25a0075'
                        key: {
                            document_key: '484efa5436ab47c7be8332eca70b378e'
                            variable: 'c796d40497302200abe4bb7503ac4ad8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '566fbb0b2dc2444c9437fb34fd2eb4a3'
                        key: {
                            document_key: 'f32a34cbee7f4409b502b9a8e2529f74'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '56a68be44df64aa3a958013b89560e1a'
                        key: {
                            name: 'x_bu_itpartner_decision'
                            element: 'to_group'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '56a7581de27d4879bad51a1dce9a19d6'
                        key: {
                            document_key: '4d2c7f7aa4b743ec934d5bbdc6771d25'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '56ad1ff746074b1794eccebe4511f497'
                        key: {
                            document_key: '062b0d8be3fd4eb2895ca7375b54ca32'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '56c89c74c4314e4080287beb7857cdec'
                        key: {
                            document_key: '5acc894e3d74491d9c1c3847536df7c0'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '57072e728a374802aba7b8c176f81372'
                        key: {
                            document_key: '4bdb04826f524dc1a4d571bc7d5f83b8'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '57481c62f75240c7aedfdd056fa24373'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '01e70e9370654285a5aceb7e07bbb3fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '579d0f2cf153487498b3f077309ea5b4'
                        key: {
                            document_key: 'f181e52414df43ae89cee465a424d7f9'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '579f365b04a6494e86b69a1ea79fe3d6'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'ecefef42340940f98ae504bed92e542d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '57c43a0f3a6349b789351c4e6b99273e'
                        key: {
                            document_key: 'c5cfec5f4a30450789be226ea2115f3a'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '57d9fcf3214b476f9ba4cc65c8ab351a'
                        key: {
                            document_key: '6d5b934ad4e24833ab5c417b8400d0b2'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '580a334e47a14b469e1ede79d259bd35'
                        key: {
                            sys_security_acl: '5336e2d1650245839050bb1375694942'
                            sys_user_role: {
                                id: '52c27eaec5d6469994301f62444f4626'
                                key: {
                                    name: 'import_admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '58472c9e84ab445da944456f6d5a1b75'
                        key: {
                            document_key: '28852d9312224b1997cbd2e0453051f4'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '5879c959d996411783e0a66578ec748c'
                        key: {
                            name: 'incident'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '58b88c08a480470283103c03ba3365f3'
                        key: {
                            document_key: '9b969f76316d468b8de42b7af725c7bb'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5901eae897634fda802073ae500c4d45'
                        key: {
                            document_key: 'e2a530a5f79e412cba4facc1c185ed7e'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '591a6adf2363402b959ff85df4b41030'
                        key: {
                            document_key: 'ca917f9b959a45d4ad8ea6e8d38d084e'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '592884e1acd743f1ba1cab5cdccf1114'
                        key: {
                            document_key: '7d5a5d5fdedd47aea118e87117de705a'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '593f92b10eea45139ebeb1a4de4eb8f8'
                        key: {
                            name: 'x_bu_itpartner_partner'
                            element: 'contact'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '598f616746e444cc88adbde2fe73af28'
                        key: {
                            document_key: '1a318f0943fc43c39109b6ad2f5e930f'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '5a147f49ed244201ba65e663c73144c1'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '926a660437f345c3b3a83b23a69d2944'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '5a5eafb6fb934b64a449ccdc5fd32c68'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_fcae4a935332120028bc29cac2dc340e'
                            id: '6f267f9a145f45be951113fdfd3bbe0f'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5a9c9ced8ce54a1d9a2ef69a9fb8fbf8'
                        key: {
                            document_key: 'ade80828fe014cbb9b34001b60ea7167'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5ad56b3bea8a4abab82a223847f1a22d'
                        key: {
                            name: 'x_bu_itpartner_route'
                            element: 'assignment_group'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5bb7a104ec944aa5a0b3430981e43e12'
                        key: {
                            document_key: '4af61b8afbb64b39a4a15e7968921538'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5bc9dbaa1bda4a2da26b484c4c977fcc'
                        key: {
                            document_key: 'ed456ec13b9b4f7d80da671179aab2f4'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5bf10ddc189c4911b9cec801988536df'
                        key: {
                            name: 'incident'
                            element: 'x_bu_itpartner_partner'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '5bf359566924481b99bc25df77a33995'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '73ec44c963754d878f4c8e9baf65dd80'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '5c0bb21941474ce4840cd06700c727ec'
                        key: {
                            sys_security_acl: '8c22cadd1cca477bbaf935097930829a'
                            sys_user_role: {
                                id: '419c6d4e5dc448fa8657898bc3f3ff1e'
                                key: {
                                    name: 'x_bu_itpartner.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5c2f7d31ed6d449784f20f222067f68b'
                        key: {
                            document_key: 'f7280eb9dd31494aad2246aa7d30c154'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5c3c03ce84e842d6b347463072b966dc'
                        key: {
                            document_key: '69092e079a4b4db680bc7352ca63f5c0'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5c4901bcb6ed473ea48aca2343fef864'
                        key: {
                            document_key: '1f30b6ee7fda4753b3332d760dd02aec'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5c5746ae45c940e7bde6c90a9dc07aa9'
                        key: {
                            document_key: 'ca917f9b959a45d4ad8ea6e8d38d084e'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '5c5770f798ca4f5eaf2e7cc43bae9cf9'
                        key: {
                            field: 'conditions'
                            table: 'var__m_atf_input_variable_1b97cd31872022008182c9ded0e3ece5'
                            id: '93664721573e4a5893ddf83c654a9c51'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5c8bd1e082b64987aa027598914c3d1f'
                        key: {
                            document_key: '86316f63d9ab4f6f9243f4fe03adb063'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '5c9a4fc6f86f44208b603330bc19e4b1'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '2203d8fdf6424fb695a17d93329d3806'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '5cab10f745dc464c8832196dd3ed5acb'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_5f2e0e535332120028bc29cac2dc34d3'
                            id: '450a7a196e0a440984db6ae075397c97'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '5cac6d51797f419a8e8fc21bf1825479'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '54cf28f153804636bdbdc59bda10a8a1'
                        }
                    },
                    {
                        table: 'sys_transform_entry'
                        id: '5cd54a592f83494f9f6fd9bb6966e037'
                        key: {
                            map: 'ddaae0e6346d46be881d2dbe1a084b95'
                            target_field: 'partner'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5d29a557170f4afaa5ec1fc3e0f780da'
                        key: {
                            document_key: 'b5a664bf0ae44023996f441d2ccc2d52'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5d88e5bc80c945dfbfe5e3c125545a7f'
                        key: {
                            document_key: 'afae7b4f9d6247ddb8d12512b6cfcaab'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5d8e2aabd4144f71b000c036841e5a61'
                        key: {
                            document_key: '2eaea97abcfb422c87e1e578dfc40419'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5da9df1f264e4dadb8aee162e43ab899'
                        key: {
                            document_key: '0ee93b3a22ad4024a2c732d3ac824f67'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5de6f6c494664154a78ee377cd151668'
                        key: {
                            document_key: '9162846b07704fd2ba09801f7d29447b'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '5dfa9f7e80264850868e3306945e80e9'
                        key: {
                            sys_security_acl: 'a30ac06712ea4c419b75fb4d2fe25c3f'
                            sys_user_role: {
                                id: '419c6d4e5dc448fa8657898bc3f3ff1e'
                                key: {
                                    name: 'x_bu_itpartner.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5e322bd77f8b48a1afeae6bf7bba1953'
                        key: {
                            document_key: 'e6c10a27a51f46d9911797c64ccf36d3'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5e4ad1abb1b44096a197d08fd04b850b'
                        key: {
                            document_key: '2674736faf9a4d13b0e63908aae0a532'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5e68a8c2f15d4d9b9cb018ad17096841'
                        key: {
                            document_key: '9b969f76316d468b8de42b7af725c7bb'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '5e8f55a5a8e544fd8d160408bb1cf4da'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '127d40ff2e7f49e185eba2810a7a419e'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5ed14859ee634cb1b8b0d83ff07c05e6'
                        key: {
                            name: 'x_bu_itpartner_department_import'
                            element: 'u_it_partner'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '5ee89b2de795448ea9c5266408fe317f'
                        key: {
                            list_id: {
                                id: '5404538d124c4c448053ef6c59b855f1'
                                key: {
                                    name: 'x_bu_itpartner_department'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'sys_updated_on'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5ef09d8f041e4d049f16557e6a70ac83'
                        key: {
                            document_key: 'aadff4bd3503424db291a308d0e9449a'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5f1d74d26dee4ff785a8232997435e11'
                        key: {
                            document_key: '9b969f76316d468b8de42b7af725c7bb'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5f2ce62ebf22402481bb6e44464f43d5'
                        key: {
                            document_key: 'e93c2dd2777f43259c66cd714116a81b'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5f3d6d1506124c14b0a17c7b19f36655'
                        key: {
                            document_key: 'c1554a075b1f4506b5675d66091c6f84'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5f46847fb26b41789bdf41e58a35de90'
                        key: {
                            document_key: '785e0c66ed6f4fb2b6a77193fe7aae64'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '5f7592eb35b14322be7ad80464758b3c'
                        key: {
                            list_id: {
                                id: '55a2fef665f94dbbbea48f9838d392ea'
                                key: {
                                    name: 'x_bu_itpartner_decision'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'sys_created_on'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '5f88afead361499da56188cf54f078b8'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'bb33abbb0c7446aa9863a1f588185123'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5f90dbc3efa047cea692e7d0c5b4111e'
                        key: {
                            name: 'x_bu_itpartner_department_import'
                            element: 'u_active'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '5faad6961b194a85947ef6d916bed8c3'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'e629eae74d344c2b9de1307b82401acc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5fc3b47e56a247d7818a8059cd0a6ddd'
                        key: {
                            document_key: '204db92bfd4e47e5ba4048fd6a9f0563'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5fc55605daa84255b3c54c60194507a1'
                        key: {
                            document_key: 'fee63beddeab4e9fb915fb22a52dffaa'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '60170f63c56f4432975897a9d6c8c417'
                        key: {
                            name: 'x_bu_itpartner_decision'
                            element: 'outcome'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '60801cc25fd6493aa5ebac3b006f1036'
                        key: {
                            name: 'x_bu_itpartner_partner'
                            element: 'support_stream'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6081cbbc3d8a4bf592589bc8e972d21a'
                        key: {
                            document_key: 'dcfd1961d2874c6593049986b4c3222e'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '60c30af1f13544939794988b819d01b6'
                        key: {
                            document_key: '5b0c5c368b2348c5bb07475e15523eb2'
                            variable: 'ad351a4e53a0220002c6435723dc34f0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '60cf9389c9d64478800369bb216c037e'
                        key: {
                            document_key: 'a926fd1d78114a1d8c269f1c39bd0cfd'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '60fafab27fec4d5695454c23576355c8'
                        key: {
                            document_key: 'd4cecbaa05fa4a06bc00023daffcf05d'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '610c311554e44c9e80eab6fa593a8ee9'
                        key: {
                            document_key: 'fee63beddeab4e9fb915fb22a52dffaa'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '6130e1607ba64ed9a00ba9d9ba712dbf'
                        key: {
                            sys_security_acl: '2f9efc71041e496a9ba5fcd395269f19'
                            sys_user_role: {
                                id: '2b801c6b96d34516b052aa85da089971'
                                key: {
                                    name: 'itil'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '613746a412a8411bbca00380fd3450eb'
                        key: {
                            document_key: 'd9a72f28ac014350982d3d0967c82d0c'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '618d6929d2f84088b4e3ddc1ab6d6758'
                        key: {
                            name: 'x_bu_itpartner_decision'
                            element: 'outcome'
                            value: 'no_target'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '61c513d527fa4d368b71b1a0e2537523'
                        key: {
                            document_key: '7cd22c0cf8e34bdfaf171af3148d680e'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6258c900c6c3405a813f1d78bcc96b55'
                        key: {
                            document_key: '6c10e47b89e149668f3f45648adbcb13'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '626a13c912fc4d7b9afe562ae42c71c8'
                        key: {
                            document_key: '28852d9312224b1997cbd2e0453051f4'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '626c5060a39644738469482b9083e4a2'
                        key: {
                            name: 'x_bu_itpartner_department_import'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '62c994ce072044d790bff2f67253a991'
                        key: {
                            document_key: 'f181e52414df43ae89cee465a424d7f9'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '62d3cd308ce54ce38434f3fbe77b6bfa'
                        key: {
                            document_key: '345c1c109ea542f2851bc5de53b205d2'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '62d80656725a4e37aef95f579536901f'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '7cd22c0cf8e34bdfaf171af3148d680e'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '62f84d977efb45c19aed11bc1aeb8120'
                        key: {
                            sys_ui_action: '5694da662a94498ebfeb50199bc4ca96'
                            sys_user_role: {
                                id: 'c3b4e1a714ac46898c3bb0de5c2434bf'
                                key: {
                                    name: 'itil'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6311696db29e43a985eeb7609e3ecaa7'
                        key: {
                            document_key: 'e9e0800c7e424decbdd41c7acbd78988'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '63283b2556524a7f8c30838d0c0f2358'
                        key: {
                            document_key: '73ec44c963754d878f4c8e9baf65dd80'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '633623e6d8c04046b163c91a4e53cf7a'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'f7280eb9dd31494aad2246aa7d30c154'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '636dd2fb5af349fe96d5973348f5a0be'
                        key: {
                            document_key: '7bc731c89fd7400fa9f1f6da6a9081b1'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '638e06a540b7455c9b82daf5044cfeee'
                        key: {
                            document_key: '5d476f1ae69d49bc863748c600696fa1'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '63b8589106954898b3db903dbc1004dd'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '58aa28da915b429d9b8b5fb722daa9a6'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '640044c7a15c4892b54dc1755dcc796b'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'df8377cdd85d41c9b92542dc25e705d3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6409d6773e7b4de292e72e84b08c1f3c'
                        key: {
                            document_key: 'bc9239eb6ede4b1196d7b7aa42149147'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '640d30921fd341b2a2d09e8d3e6cd073'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'df8377cdd85d41c9b92542dc25e705d3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '640fcf1ea10c4af5b9a3871d70943361'
                        key: {
                            document_key: 'f0ac7d2cbc2f493abbea85c6e50b3519'
                            variable: '4aa838f25320220002c6435723dc34e1'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '649bb4a1baa44e13a0b02be8428a1f6d'
                        key: {
                            document_key: '8b4e8cca959f47e781cf345ba7fb8273'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '64d763a561384459873ebddc6570c1ef'
                        key: {
                            document_key: 'a34da8c263c64a15b4e9f04c2b6d8c78'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '64e2cc496e1e483b9ff2e87ac85d8c21'
                        key: {
                            sys_security_acl: 'b65829ab954140a29f27dd4ac7e38bfd'
                            sys_user_role: {
                                id: '419c6d4e5dc448fa8657898bc3f3ff1e'
                                key: {
                                    name: 'x_bu_itpartner.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '658dea991f0e48bbb7d1e9614da4477f'
                        key: {
                            document_key: '7bc731c89fd7400fa9f1f6da6a9081b1'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '658f42f6065e43f0b2503614c7792e62'
                        key: {
                            sys_security_acl: '7fd6b9190e9c415cbaf92c4841e0a5e9'
                            sys_user_role: {
                                id: '2b801c6b96d34516b052aa85da089971'
                                key: {
                                    name: 'itil'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '65bb8476ac9043d1881da2c346e2b67b'
                        key: {
                            document_key: 'c14408c76ca046f0906de1a0604eba27'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '65f513b66acf473d802bfb0d5ad2f6e4'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_5f2e0e535332120028bc29cac2dc34d3'
                            id: '26023f8de0a246689a7ad747a3503736'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '65fc12e70d3345e3a757c26e785589af'
                        key: {
                            document_key: 'ec16d7c520ea47d8a82d598cac7e4744'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '660d8349eaef45559b779cfbd9f99b59'
                        key: {
                            document_key: '623f6d2f722a442b85dd55ef77800ee1'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '660fdfb813a94b11a6dd089574b7a04c'
                        key: {
                            name: 'x_bu_itpartner_decision'
                            element: 'signal'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6669112d3bd84dfda91b05373ddb5cd6'
                        key: {
                            document_key: '4d2c7f7aa4b743ec934d5bbdc6771d25'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6680d88f42ce4d2ca958aca2433ebd8e'
                        key: {
                            document_key: '07fc43d8d0b44cea8876235579bb980b'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '66c1068e70804ec8ada9819f8e74085d'
                        key: {
                            document_key: '54f0e0bfbeb4483ba7e4b99c53d2e935'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '66cc2ed6c5704ca89d6b4bffd5c777a4'
                        key: {
                            document_key: 'e31781d0403c4165ba2a052f5ce48491'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '67397aadaefb4b4d81d4e8b86de76335'
                        key: {
                            document_key: '0333ccf88edb444b8328151741ffb3a1'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '678eb7b065604c139e91e78786522bff'
                        key: {
                            document_key: '53871579b92c434d93f3412d5d73f083'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '67d92a7a4c6b40588beb1b9ee2975e79'
                        key: {
                            document_key: 'bb51985d3ebc4843ad94220386f08b3f'
                            variable: '424ca6465320220002c6435723dc34b5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '681de649fe8c45199cc3a3fc00481b97'
                        key: {
                            document_key: '40e0e86067614c46b773d36044ad7d3f'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '6827bc9ce0b24dc7a60919fdd2b944fa'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'afae7b4f9d6247ddb8d12512b6cfcaab'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '684be3f219374166ab17034112f5944e'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: 'e7e33bb70e774aa5883f16e2a84ab88e'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '6865031f69ca4da88c13fc8df895cf1f'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '5f003fadc7474f7a8d2e9695e66b9125'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '68d1ff950c0f466cb41abff5786d39d4'
                        key: {
                            document_key: '0267f91f13294972a8aeed0c575ca729'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '68dc788a93384c61ac57b520273e10cb'
                        key: {
                            document_key: 'ca7ef6b272ce4076bf6d92b73bed5c73'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '69133b21cfd74bf081a3617ae9a05b6f'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '0ee93b3a22ad4024a2c732d3ac824f67'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '691cd5bb62b846848d834d7d2cb2ca26'
                        key: {
                            document_key: '07fc43d8d0b44cea8876235579bb980b'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6922dcbf68b0476d81747eb8e9f81433'
                        key: {
                            document_key: 'ed456ec13b9b4f7d80da671179aab2f4'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '69b5398a35ac41d8840247c65f27ca47'
                        key: {
                            document_key: '50799e404e434d9896947dadc6129959'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_transform_entry'
                        id: '6a03217e52b44e2ea1b4f5bc669d6c6b'
                        key: {
                            map: 'd91996f02062467aacaf64a970e37af0'
                            target_field: 'partner'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6a206461c49a436c8d22b0bd88eef8c4'
                        key: {
                            document_key: '5acc894e3d74491d9c1c3847536df7c0'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '6a2cf502e47541f88ac8594feecfc99e'
                        key: {
                            sys_security_acl: 'b5e505a69bc541d2b73364ccbcea16b2'
                            sys_user_role: {
                                id: '2b801c6b96d34516b052aa85da089971'
                                key: {
                                    name: 'itil'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6a58433a086743c98d1484545a09a9e4'
                        key: {
                            document_key: '2d0e5c01f7b44adb8d613b13debf2471'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6a59f9c2f94a4e10a1a7d9baef38e4a3'
                        key: {
                            document_key: '54f0e0bfbeb4483ba7e4b99c53d2e935'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '6a674162979f41358774e2fa864ae3fc'
                        key: {
                            sys_security_acl: '69ac9dc8f17b4f16a5cddbce7486f821'
                            sys_user_role: {
                                id: '52c27eaec5d6469994301f62444f4626'
                                key: {
                                    name: 'import_admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6a733a4614b84264906535e54f4cd96a'
                        key: {
                            document_key: '4bdb04826f524dc1a4d571bc7d5f83b8'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6a8dfd07fe4b44f8a9b8ea947fce75c2'
                        key: {
                            document_key: 'd03ede4231864954b27f8ec33c1ea4f2'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '6a9395c36fb94f5092d752d2e595a82f'
                        key: {
                            list_id: {
                                id: '95d48d14dd2f4ac7af1cf0bbc89bfcfe'
                                key: {
                                    name: 'x_bu_itpartner_partner'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'support_stream'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '6acf20da51774d3b8c1d7dde7e8e9c46'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'a83f146c4f3a446b95aa062bc79d1254'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '6ae478381ebe44129ebddc74c13a9f49'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: 'ec16d7c520ea47d8a82d598cac7e4744'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6b1797ca6c2f4cd084741b64e70357ae'
                        key: {
                            document_key: '6d5b934ad4e24833ab5c417b8400d0b2'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6b7aaa532ded44768bdeb0caf8ecd19b'
                        key: {
                            document_key: '26023f8de0a246689a7ad747a3503736'
                            variable: 'ad351a4e53a0220002c6435723dc34f0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6b9e220dd90747288103f52e141e160d'
                        key: {
                            document_key: '3c147536dc914dcabfbcc8c270f40ee1'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6ba8947d506e437580857afe3b5433b4'
                        key: {
                            document_key: '73bde182f5a04a34b8bd86487023b19c'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '6bc6fe03886f451aab5b354698a8e791'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '2c6a662df986411caa47560cc1c23a28'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6c15c93306084df8b892c571cb7584aa'
                        key: {
                            document_key: '575f5db5bb5a4c9dbb3471e4855b0e24'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6c1d04267b9f40a0a6a363609e0571a8'
                        key: {
                            document_key: '8adffdbdb2b3469996152f70ddfb7839'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6c4eb00082b04742b0060ba85f4ed7af'
                        key: {
                            document_key: '03ea340dc2f949769f114fbdc671f2b1'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '6c5e6d05141841c999c36caf0b1a48e0'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '2c6a662df986411caa47560cc1c23a28'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6ca9c56646b9462b8bab278a19c2f291'
                        key: {
                            document_key: '6f267f9a145f45be951113fdfd3bbe0f'
                            variable: '424ca6465320220002c6435723dc34b5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6caaa25219284a23bd1f72de6f80ac0c'
                        key: {
                            document_key: '5700e4d38ab048ad8b2fded21e353c2f'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '6ceda48b692143cd8b302692982addbc'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '0f7e3316eab6434abad87dc8c7e6f655'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '6d19b9c11c564a61a279f9e40ed6c63b'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '8ae7f63960dd4c8fb039334f49ef896e'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6d25a18e48c2429092f169dc85a126a9'
                        key: {
                            document_key: 'e663c55c87e545acb599c2a21bac5795'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6d25c2788a604081ac15e809802550fd'
                        key: {
                            document_key: 'a34da8c263c64a15b4e9f04c2b6d8c78'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6d4fda04652c43739d522028ab11143c'
                        key: {
                            document_key: 'bffa58a77e244b5391c7a09e58b1ccad'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6d5dc4079ca24447b624cf3e3272c43d'
                        key: {
                            document_key: '062b0d8be3fd4eb2895ca7375b54ca32'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6dbd70cc0aec485499c944310f787f48'
                        key: {
                            document_key: 'a926fd1d78114a1d8c269f1c39bd0cfd'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '6dcf37db2fcc41a4b74c5fe047879b8b'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: '80a21d30e202465a8001a1d231cddf00'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6de9c06d08374d5085bf8f1b57d2fd09'
                        key: {
                            document_key: 'dc103862acc841eb91efbad7bc625c4b'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6df4d45e07554c949147cf99c959c3ff'
                        key: {
                            document_key: '0333ccf88edb444b8328151741ffb3a1'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '6e2f2c5bd0ff4b718fe196a438e3a362'
                        key: {
                            name: 'x_bu_itpartner_department'
                            caption: 'Partner department'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '6ed125d0ebc74c1f87815e83b5c217f2'
                        key: {
                            sys_security_acl: '8440ff20b191435ea8cb82992e219088'
                            sys_user_role: {
                                id: 'f3611dd43406472eb40747ed3b270a87'
                                key: {
                                    name: 'x_bu_itpartner.reader'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6ed18f9ac9e14b19b97c5792610745d5'
                        key: {
                            document_key: '9162846b07704fd2ba09801f7d29447b'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6f06794718994d0c9ac839521f92e50a'
                        key: {
                            document_key: 'd8070ccee1e5491382fd8c7e6542fb2b'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '6f1ec98eb1e94369aabc133630328da1'
                        key: {
                            sys_ui_section: {
                                id: '6e2f2c5bd0ff4b718fe196a438e3a362'
                                key: {
                                    name: 'x_bu_itpartner_department'
                                    caption: 'Partner department'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'partner'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6f224751843c486f98bf28e22956cb43'
                        key: {
                            document_key: '2fc312e871c84a448aa4b71f60854bdd'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6f2acc6726ba4162aa0be3010a9be158'
                        key: {
                            document_key: 'afae7b4f9d6247ddb8d12512b6cfcaab'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6f85ff4b09d244be91ba57b1f4c9b38d'
                        key: {
                            document_key: 'fad51f0eea0541b3b5f7d3c7b4bb06e5'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6f8e92e049aa40369867b94c66eb898d'
                        key: {
                            document_key: '5583c05130994ea2a3505b5f7908a1a2'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6f91b8d6a04e4df9b5c80b59ea10962e'
                        key: {
                            document_key: 'c304c1c9a122453db13820e0917efc60'
                            variable: '6e55da4e53a0220002c6435723dc34a0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6fb9c9858e60423b88289fb78880e7db'
                        key: {
                            document_key: 'c14408c76ca046f0906de1a0604eba27'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7001aded923e4a13b3cc2f4454a8d467'
                        key: {
                            document_key: '6ddf88333d50476cb6b061b9cd2401a2'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '70d173b6090f4e8db232b5a5f23387bd'
                        key: {
                            document_key: '3eaad2fdf5cb46a8bcb30d1036e8a33a'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '71391cd2c7eb4be1b02ed5681dc5f796'
                        key: {
                            sys_security_acl: '607f6223b9624df4a9a88f13e511d9b7'
                            sys_user_role: {
                                id: '419c6d4e5dc448fa8657898bc3f3ff1e'
                                key: {
                                    name: 'x_bu_itpartner.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '714324ed13ce43f584fbe43212d163e2'
                        key: {
                            sys_ui_section: {
                                id: '6e2f2c5bd0ff4b718fe196a438e3a362'
                                key: {
                                    name: 'x_bu_itpartner_department'
                                    caption: 'Partner department'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'active'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '71476b36f3bf44f6a2954bb6e7828782'
                        key: {
                            document_key: 'ca7ef6b272ce4076bf6d92b73bed5c73'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '715510d7755f4b5da0f6f30632670243'
                        key: {
                            document_key: 'da783c8072ff4d81abc8a202b114a3ef'
                            variable: '6e55da4e53a0220002c6435723dc34a0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '716ce246d8ae47ebb8499efe3e347dd8'
                        key: {
                            document_key: 'f7537119f5264c7781090d8a749ebd4e'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '71a159167c954be28b1bea4fbbd4c066'
                        key: {
                            sys_ui_section: {
                                id: '44b8208dfb2e49b18b1b158a9d3e4395'
                                key: {
                                    name: 'x_bu_itpartner_route'
                                    caption: 'Escalation route'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'assignment_group'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7232c5020b714f82ad51f938f1971479'
                        key: {
                            document_key: 'c33eacee624e41d794bf9917b445ffa2'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '724ea121217a42a6a3bc30debaf402cf'
                        key: {
                            name: 'incident'
                            element: 'x_bu_itpartner_signal'
                            value: 'department'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '725d5eca22374a65bfc7211c2db38bce'
                        key: {
                            document_key: '01e70e9370654285a5aceb7e07bbb3fd'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7287d044652b46ec99867f2c0260785a'
                        key: {
                            document_key: '7bc731c89fd7400fa9f1f6da6a9081b1'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '729c1fdc5a7a4a7a90e468db86d52a65'
                        key: {
                            document_key: '3ab519689d804e00a8cfbfeb0cdccb2a'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '729d0a4caaa74082bd365c4b0e1396ed'
                        key: {
                            document_key: 'b597871a7d494e3b814368edc645a603'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '72ce3718019b4741856644e5bf04bff6'
                        key: {
                            document_key: '2b6cc1bc414a42e89cf32482813858a8'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '72f523b0cd4a491694889d5e3dfbdac4'
                        key: {
                            name: 'x_bu_itpartner_route'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '734e626e989140efbc9143e7d979f686'
                        key: {
                            sys_security_acl: '01d66816eaca4830917007897ff725a1'
                            sys_user_role: {
                                id: '419c6d4e5dc448fa8657898bc3f3ff1e'
                                key: {
                                    name: 'x_bu_itpartner.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7352389d7b06405494b39f39f157781e'
                        key: {
                            document_key: '60b576ae4cf8401fa4206cb6a0b155c0'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '735f576349e6467daa499c473d6d715b'
                        key: {
                            document_key: 'c40bb5801b1e415d8de1b3fefe8a701e'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '73b9c9fac3c54826b531330d25ddb2f2'
                        key: {
                            document_key: 'b91e6615810f4a39a76b83024c1d5830'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '73c6086e79ab460b8b0798ef61cc74c7'
                        key: {
                            sys_security_acl: '3299d65c81bf49b8ba665cc819bcdac1'
                            sys_user_role: {
                                id: '419c6d4e5dc448fa8657898bc3f3ff1e'
                                key: {
                                    name: 'x_bu_itpartner.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '73d4ccfc8ea94221acb58bbc991ebbc2'
                        key: {
                            name: 'x_bu_itpartner_red_flag'
                            element: 'note'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '73dcc7e5646a41ffb47605d473628485'
                        key: {
                            document_key: 'b35aa03d5bd547bc83457079caa2f602'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '73dd91a1f50243dab261e21c6b964625'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: 'd8070ccee1e5491382fd8c7e6542fb2b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '74109fa32ec243a19d5a475a04122ae7'
                        key: {
                            document_key: 'f658dbf193754e2b8ce5209fdcc19739'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '74111990964742a8bd994689b4a14d66'
                        key: {
                            document_key: '9104bdc9943c45d9b36ad12953c41135'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '743ef9ab180141c192f3bef0a748dba6'
                        key: {
                            document_key: 'fbe6c9c4cc2c4104a8824678cd98eab5'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '748637071f324ca2a252fd4f93f6cd49'
                        key: {
                            document_key: 'e5ffa47e401842fd9fa1c1075d928ba8'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '748a35facdec4e05b19bef693d59025c'
                        key: {
                            field: 'conditions'
                            table: 'var__m_atf_input_variable_1b97cd31872022008182c9ded0e3ece5'
                            id: 'f0ac7d2cbc2f493abbea85c6e50b3519'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '748ab3202f8a41bea50d7a4ca8a1573a'
                        key: {
                            document_key: '1a318f0943fc43c39109b6ad2f5e930f'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '749aec86c3904f58aa7b7e32e1cf0005'
                        key: {
                            document_key: '623f6d2f722a442b85dd55ef77800ee1'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '74c08687d3a44528855709e5aafe65c0'
                        key: {
                            document_key: '36178026fa0e4d29bf8cda08baed3e41'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '750978fa524d4b6b8ff77b9167bc8949'
                        key: {
                            document_key: '03ea340dc2f949769f114fbdc671f2b1'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '750e3294ed4544769add3fde34efeaa6'
                        key: {
                            document_key: '7a45fdb0a61c44c08ed4b047c0316b75'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '751f3be525a049409eeaf2542cda3b1b'
                        key: {
                            document_key: 'b5a664bf0ae44023996f441d2ccc2d52'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '7553588f68484001a1a19c817e183685'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '926b2793473b47bf96b07537feb308ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '75b73769bcb0424ab7d8d8a04907d313'
                        key: {
                            document_key: '03ea340dc2f949769f114fbdc671f2b1'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '75ea923b67f14db198f36f84c99f84dd'
                        key: {
                            name: 'x_bu_itpartner_decision'
                            caption: 'Routing decision'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '75f5d61f935b4f20b3d0e831c92f7343'
                        key: {
                            document_key: 'c3b68c704b374d3face4badaa18aab2d'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '76327e9d49b24e06a4189a8591430b5e'
                        key: {
                            sys_ui_form: {
                                id: 'fff53ad664f54365bc16fb0bb6dcb7d9'
                                key: {
                                    name: 'x_bu_itpartner_route'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '44b8208dfb2e49b18b1b158a9d3e4395'
                                key: {
                                    name: 'x_bu_itpartner_route'
                                    caption: 'Escalation route'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '764734772d2f495aa35af754467b928d'
                        key: {
                            document_key: '93664721573e4a5893ddf83c654a9c51'
                            variable: 'c83b5337e7633300e12127d8d2f6a98b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '764a1d1ab5024fd4849716573eabca1a'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: 'b6447d099ff54c38a5a2e54ac1e41d57'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '76501186ab234c8a902311967a8bd312'
                        key: {
                            document_key: 'ade80828fe014cbb9b34001b60ea7167'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '765a61af6e6543738ba652c0ec4f09ef'
                        key: {
                            document_key: '5d476f1ae69d49bc863748c600696fa1'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7673b1039ffd4b079ddcae76d1c6a866'
                        key: {
                            document_key: '1532f2970dcb46918ea636b4b48179e0'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '769b54d2a8f24d5da186dbe406f45213'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '54f0e0bfbeb4483ba7e4b99c53d2e935'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '76d2b7faea4e4010981903b28aaf84f9'
                        key: {
                            document_key: '8a42d0aa65df46f88e7ccb8218f00e85'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '77c880e3f4224174a50390607f09bac2'
                        key: {
                            document_key: '5acc894e3d74491d9c1c3847536df7c0'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '77e1a0e615a74bd68d5fc1b39e49479f'
                        key: {
                            document_key: '9977e0d4da4541649781678d3506ca6c'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '78066c6506514e08b8483a825529110b'
                        key: {
                            document_key: 'f658dbf193754e2b8ce5209fdcc19739'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '78494bbf7fbf49e68e75417e6819eea0'
                        key: {
                            document_key: 'dd678a6317db4695b957e0a40694d245'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '786ef28cf64a4899a54b2402fd7ba4fc'
                        key: {
                            document_key: '65fb26026e6f4af8b3afa69fd0502b34'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '78e490763f4d49c3b07c35498cf7c7aa'
                        key: {
                            document_key: '34b6a2d8fcb345088809685ee1b31cac'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '790b342cb9e844fa9764089e1022cf63'
                        key: {
                            document_key: '87627bdb6f114edaba4162f14e98b854'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '794f2e2f4ff34b97b39fa44a92fd3f42'
                        key: {
                            document_key: 'da783c8072ff4d81abc8a202b114a3ef'
                            variable: 'b124164e53a0220002c6435723dc34c5'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '795af4964a654326acaa275adebc55e5'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'dd678a6317db4695b957e0a40694d245'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '796f29a3f5684940873c5a701b48e7ca'
                        key: {
                            document_key: '26023f8de0a246689a7ad747a3503736'
                            variable: '17d732a9c7a333005e5c45b881c26007'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '796f59941b9c4008aa007036b1a19809'
                        key: {
                            document_key: '5cb4e4c526404d709da6be9a381d075a'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '79766017ff704084b9e89a5553b884f4'
                        key: {
                            sys_security_acl: '666efd7cb2f3424da95a47ecece41460'
                            sys_user_role: {
                                id: '419c6d4e5dc448fa8657898bc3f3ff1e'
                                key: {
                                    name: 'x_bu_itpartner.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '79aa903f7552469299432ec5d95d3b21'
                        key: {
                            sys_ui_section: {
                                id: 'fd4d7c1deb6f45feb19ccad1711c9cd9'
                                key: {
                                    name: 'x_bu_itpartner_red_flag'
                                    caption: 'Red flag'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'note'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '79ad40a2d291485ca9dc2cb41d2132e5'
                        deleted: true
                        key: {
                            name: 'x_bu_itpartner_department_import'
                            element: 'u_partner'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '79cc7c9eb714419f82c410cbd9de49a2'
                        key: {
                            document_key: '36b9b9d6f1a949bd86f9092042a85d80'
                            variable: '6619c7aa5320220002c6435723dc34e2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '79e2552d534245bb846f42fbb1f1429a'
                        key: {
                            document_key: '25bbf6eb225246b9b0c322584f937043'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '79e983d8221443ceb1573ae7ca5e3c91'
                        key: {
                            document_key: 'c3a35b23708c4092ae4fde540639de67'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7a061f7aa26640a38149f59e036c3284'
                        key: {
                            document_key: 'aadff4bd3503424db291a308d0e9449a'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7a4ef2705d2f40b8a968496c850770fe'
                        key: {
                            name: 'x_bu_itpartner_department_import'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7a63ca3dcdc24615bde26b1b3d3f1b7e'
                        key: {
                            document_key: '572d8b5fb7b04c119bbcff4fb5260be9'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '7b1792fc87b24cb69351db9f89791cbf'
                        key: {
                            list_id: {
                                id: '55a2fef665f94dbbbea48f9838d392ea'
                                key: {
                                    name: 'x_bu_itpartner_decision'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'task'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7b2511ae10ff4f608ebecfe292c4cb88'
                        key: {
                            document_key: '22e9755f84af4c9dbb5d86a552a34a59'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7b4d15b976254d0c95596c5ed85f096e'
                        key: {
                            document_key: 'c60dea96939546899ef1e327d8d323e6'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7bb3a5134ee84b9e9fc4d07e14beb5db'
                        key: {
                            document_key: '146ceb5765994bf898b319cc68f82c4f'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '7c26bfb3938b4ce3a0d88c0da100b863'
                        key: {
                            name: 'x_bu_itpartner_decision'
                            element: 'signal'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7c41b33234a440ebabb87d768fb1cac9'
                        key: {
                            document_key: '2fc312e871c84a448aa4b71f60854bdd'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7c56e2e614a64d4cace81566ab482cd3'
                        key: {
                            document_key: '8a42d0aa65df46f88e7ccb8218f00e85'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7cc1fec68faa47499b054cbd5614b281'
                        key: {
                            document_key: '30cb9b4358c34ff3bdeea9fc65edc65e'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '7d0d73d657d848dab0a4d288bb985f81'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '03ea340dc2f949769f114fbdc671f2b1'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7d0f035e766344edb54af990bd381efe'
                        key: {
                            document_key: '8957bd41edf245df80fbb93ade5085f4'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7d3108f7c4f540d2b3b6d8a9e73d2464'
                        key: {
                            document_key: '1f80d9cc73fa4a99954e2f8289c10329'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '7d9096e9713644f08db5bb89282eba2a'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '0333ccf88edb444b8328151741ffb3a1'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7dccf118910f4cbeaa89b3f5aad29bb4'
                        key: {
                            document_key: 'de1b0764ce95446bbaa27ede24bb26ae'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7dcef7e197484318b075e5f1b0366ae6'
                        key: {
                            document_key: 'fbb6acb1711e4a5dbcf89c2701144827'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '7ddb3a35f8214dc8bad5ef79a1c4cc41'
                        key: {
                            sys_security_acl: '9e5ea3f9643043188d0a9351fe372415'
                            sys_user_role: {
                                id: '419c6d4e5dc448fa8657898bc3f3ff1e'
                                key: {
                                    name: 'x_bu_itpartner.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7e749f0df5c044e5862b4a3826f927ac'
                        key: {
                            document_key: '044e742a37d549f582c97d48c52f1b58'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '7ea711beeb7746eeb11647247359a150'
                        key: {
                            sys_security_acl: 'e185614d5c1341ff8c3bebf45261f46e'
                            sys_user_role: {
                                id: '52c27eaec5d6469994301f62444f4626'
                                key: {
                                    name: 'import_admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7eae55a55d884d4ba34309238b990a47'
                        key: {
                            document_key: '40e0e86067614c46b773d36044ad7d3f'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '7eb8cd211f3048538ac5ecd2a25da8aa'
                        key: {
                            sys_security_acl: '7fbb28b26a7d4490923fdd299fb57030'
                            sys_user_role: {
                                id: 'f3611dd43406472eb40747ed3b270a87'
                                key: {
                                    name: 'x_bu_itpartner.reader'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '7ee2ede67eb143c490ae4e416b964be9'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '575f5db5bb5a4c9dbb3471e4855b0e24'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7f4714abc37447c796b0bc06cb819407'
                        key: {
                            document_key: '1f80d9cc73fa4a99954e2f8289c10329'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7f77f00be7fa4360808d145ab0853136'
                        key: {
                            document_key: 'c5059ead60f64eaf9256a815f87faa26'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '8012913b9a1f4d438b6f6124cb3f4c61'
                        key: {
                            name: 'x_bu_itpartner_department'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '801c0fc44e1e442c85c0f736253c3965'
                        key: {
                            list_id: {
                                id: 'b01e06b0c80c4fd58bc723535ce402ed'
                                key: {
                                    name: 'x_bu_itpartner_route'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '803e9135d0044a83865a11577557fecc'
                        key: {
                            document_key: 'df8377cdd85d41c9b92542dc25e705d3'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8052462d354e447b9f2e1e71062fd07b'
                        key: {
                            document_key: '3d8c4902ed5647209c1e50812c7659d0'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8054ad6ce4b04231895212b8bab5c0e4'
                        key: {
                            document_key: 'efb25b58ee724d7b999282eaaf000717'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '805af100318e4ba092e20011d2cd66ff'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '0333ccf88edb444b8328151741ffb3a1'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '806015ea3691447d81eaf365596b6f56'
                        key: {
                            document_key: '0333ccf88edb444b8328151741ffb3a1'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '807a27c641ce447583ec3b2257157c13'
                        key: {
                            document_key: 'ca917f9b959a45d4ad8ea6e8d38d084e'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '808327f33f8e4a269a484ec0f4272e9e'
                        key: {
                            document_key: '8cee98504c7a4406b9dacfb59fca656f'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8091e594f2594961ac5459fa55511027'
                        key: {
                            document_key: 'b91e6615810f4a39a76b83024c1d5830'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '80bac1a0e8304cd98ec68971b01d6b2f'
                        key: {
                            name: 'x_bu_itpartner_decision'
                            element: 'outcome'
                            value: 'boomerang_blocked'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '80deb47c771b417eab8955ccd1b2367d'
                        key: {
                            document_key: 'a100bdcb342a48788e8ae5732366cfef'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '80ebeacde2244ff5888aa14d217e7152'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: '25ff8143ac824f589dd91212e220e3c8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '80f6e59decd54f299c47d4c6962b6d41'
                        key: {
                            document_key: '57ff0ae86f5a4e27a591e70cf4b989d5'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '81142e5a75524211a8c30504b453d1fb'
                        key: {
                            document_key: '8a15c2c0e1174b24b712c33fcc6121a7'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '81226032308c4f949bb4001881977e1c'
                        key: {
                            document_key: '2b6cc1bc414a42e89cf32482813858a8'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '814a1b88ae5541efb31351c368988f42'
                        key: {
                            document_key: '9104bdc9943c45d9b36ad12953c41135'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '817eb811135a41ca81408af66d59c862'
                        key: {
                            document_key: '85953700f77f4a60b81b2eee00180a87'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '81ceeb4f55f746879c99bd2478eb6473'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '851d74f32b7e4b36b1356cadcd20fcf3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '81f96b247f014d549ba6a02d4d5c1c77'
                        key: {
                            document_key: 'ed6c76e885c24e9cb254c3d1cd365345'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '81ffb4da413c41b2aff5fafbd0e40ec6'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '394078634a3f4926b6996cce13ca77d0'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '825c7d9b1e574e60ad28d9eaab61e8da'
                        key: {
                            name: 'x_bu_itpartner_department'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '82693823ceef4abf91837c3fedf6792e'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '95c367e3ca3d445183e9c84f822ec5be'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '827e60c7085f462faba521e6913a084f'
                        key: {
                            document_key: 'fd60102fbca14e20aae18a8ebdb406c2'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '82ea8dd4970146bcbcc8f83f9a5d65a9'
                        key: {
                            document_key: 'e7e33bb70e774aa5883f16e2a84ab88e'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '83142a01db104ed78b31d065437d1242'
                        key: {
                            document_key: '84338b66ee7b40ad9dcd7ae2f631c5c4'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '83214c8c328a4a31b121879c6d4d9487'
                        key: {
                            document_key: '64a90c61530c45e1aeabe0c3cd9e9619'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '834d1e4ba8fe405a85967220f5b0f448'
                        key: {
                            document_key: 'e2a530a5f79e412cba4facc1c185ed7e'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8353b0fa32114460a55aaaecd5ed5355'
                        key: {
                            document_key: 'a7017f59281843b7861aa257086aae46'
                            variable: 'b124164e53a0220002c6435723dc34c5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '835858bd17464ac487b93f6310f4f563'
                        key: {
                            document_key: '2e2b662a81f84c98862c996475b679b4'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '83a37739ddc748db8bf55836c57d5f15'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '17e29582f2db4497bd66888e7e821469'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '83a47dc1f76d440da51e98e7b711daa3'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '48496d564f64472bbd0caab5514ed654'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '83b3a4e8a3344e59a9f1056f29065fc6'
                        key: {
                            document_key: '94a8d064e6c74f0c9477a1e0996d9366'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '83bcc7a3f99c4004a67c32a33aa0c04e'
                        key: {
                            document_key: '2c6a662df986411caa47560cc1c23a28'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '84345358fa2a49ae98c99d0aaa9de140'
                        key: {
                            document_key: 'dc361145d1bb42c8886d5c385dda5cb7'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '8434a1dce1294705ab0d2e59e74dc195'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '5700e4d38ab048ad8b2fded21e353c2f'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8466f9f24bd74d1ba5ca66ce8eb6282e'
                        key: {
                            document_key: 'dd678a6317db4695b957e0a40694d245'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8489177d50204e1a8c1478828541361d'
                        key: {
                            document_key: 'cdc62c5047784eb3baf25942c2e4e5d1'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '84a62323ce8747249e5987a29bfced90'
                        key: {
                            sys_ui_section: {
                                id: '75ea923b67f14db198f36f84c99f84dd'
                                key: {
                                    name: 'x_bu_itpartner_decision'
                                    caption: 'Routing decision'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'route'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '84bd19235539473d8452fb5404e0accf'
                        key: {
                            document_key: 'b1d66f9225cc47d4af3c97833cf7d9b1'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '85158a6bb9a84f94b96a8544c6c54667'
                        key: {
                            document_key: 'cf312e317ab7446d85f9365f8a28a5cc'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '859241674f8c408b84a71664fa957a1f'
                        key: {
                            document_key: '22e9755f84af4c9dbb5d86a552a34a59'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8592d15d398a48aca76f3aa2272e4f03'
                        key: {
                            document_key: '8ae7f63960dd4c8fb039334f49ef896e'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '85eb84d242b74d838dc07352bc719f1d'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'b455005e8e99466d8add6eb0e0c5eb92'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '862caa51eabf42b59956bd29871d8f7b'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '5cb4e4c526404d709da6be9a381d075a'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8749d821cf7d4ed7852a68a73a847ac1'
                        key: {
                            document_key: '3c147536dc914dcabfbcc8c270f40ee1'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '875884fdc83e43ce8b26538c38a35e1a'
                        key: {
                            document_key: '49906c62a63141cbb1b5487b6c6fd5da'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '875b597ea75e4b508c1a46038ff9b927'
                        key: {
                            document_key: '2674736faf9a4d13b0e63908aae0a532'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8772c2df38cd4be8a8b82be9ea9f2cb0'
                        key: {
                            document_key: '65fb26026e6f4af8b3afa69fd0502b34'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '87a325b76aab49aeadbbd88f5c1e70f5'
                        key: {
                            document_key: 'd264f508680349d9983158b39b2f34bf'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '87befd9c336b4dd19c33ebaf11043796'
                        key: {
                            document_key: '3cbaa222a8464505b2d43fe7a5420bfe'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '87fd6a1345694de1bd5b4d027ba4cc6f'
                        key: {
                            name: 'x_bu_itpartner_red_flag_import'
                            element: 'u_it_partner'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '88016bb8e2ac410daf3b2971828a61ed'
                        key: {
                            document_key: '2b6cc1bc414a42e89cf32482813858a8'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '886c4d9485ae43909e86ec2a036a34c9'
                        key: {
                            document_key: 'ed456ec13b9b4f7d80da671179aab2f4'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '88793d0e919e4b568770439a1232e526'
                        key: {
                            document_key: 'c3b68c704b374d3face4badaa18aab2d'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '88bfb57b6b5547c7a74d9d3b277c0b35'
                        key: {
                            document_key: '5252cd8072b44766b7538f86c2817ea3'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '891c7a20116f49be9c4bd3b25ca12254'
                        key: {
                            document_key: 'c33eacee624e41d794bf9917b445ffa2'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '89261d9baa8c45c6a294a0aa9e86db90'
                        key: {
                            sys_ui_section: {
                                id: '6e2f2c5bd0ff4b718fe196a438e3a362'
                                key: {
                                    name: 'x_bu_itpartner_department'
                                    caption: 'Partner department'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'department'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '899ffe38472648e3bdc1f5acb9725a47'
                        key: {
                            name: 'incident'
                            element: 'x_bu_itpartner_signal'
                            value: 'partner_opener'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '89c4b404dc5f4296bddd1cb79ef0de47'
                        key: {
                            document_key: 'a17d049c74844b9d95efc983d56f663c'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '89d4f744659d4479a190a3d2c85c794f'
                        key: {
                            document_key: '2c6a662df986411caa47560cc1c23a28'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '89ff9d39d94f40ac8454514878fe3a4f'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '6c10e47b89e149668f3f45648adbcb13'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8a13b881bb93438aa6ae2d26a4da6424'
                        key: {
                            document_key: '84c2df9a3068491cbb4e4cac58518be2'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8aba5552b3ab48179dc890da4b873643'
                        key: {
                            document_key: '3c92f104df624558aa479b9800257493'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8ae590a174f04acd8d6e80061cd3c0ee'
                        key: {
                            document_key: '54cf28f153804636bdbdc59bda10a8a1'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8b0a6e1af4d347219bc260f89ba88e41'
                        key: {
                            document_key: '8a15c2c0e1174b24b712c33fcc6121a7'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '8b0adfd22a9b4ab393f97dc9aaa60ebc'
                        key: {
                            name: 'incident'
                            element: 'x_bu_itpartner_signal'
                            value: 'partner_handoff'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '8b0f39217b8b4964a4c9f7f66bcd98ff'
                        key: {
                            list_id: {
                                id: '55a2fef665f94dbbbea48f9838d392ea'
                                key: {
                                    name: 'x_bu_itpartner_decision'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'outcome'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '8b2c5f086f464710a6c37671c06707c7'
                        key: {
                            sys_security_acl: '1563912e488245ad8d1bda0086696c7e'
                            sys_user_role: {
                                id: '419c6d4e5dc448fa8657898bc3f3ff1e'
                                key: {
                                    name: 'x_bu_itpartner.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8b5c0ebe3f9248e1bd578d3e2c9dd06b'
                        key: {
                            document_key: '1c697cf82dc843938fc8a9743291e4d6'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8b5f11641df54b04946ca7416f9a071f'
                        key: {
                            document_key: '1ed2bee4aa2240c88ec99fd84f06aa06'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8b6a06a556b04d51bbf5f6b686421ff5'
                        key: {
                            document_key: 'dc361145d1bb42c8886d5c385dda5cb7'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '8b6c3b87ab454d2a9accc289cdbb9c40'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '4af61b8afbb64b39a4a15e7968921538'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8b7b02654bfb46aaa63f5b55d9629d4a'
                        key: {
                            document_key: 'ecefef42340940f98ae504bed92e542d'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8ba095c068ca44e386cec23bc3fc1e5d'
                        key: {
                            document_key: '2e2b662a81f84c98862c996475b679b4'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8bce381685354835ab68a481209f7f46'
                        key: {
                            document_key: 'b455005e8e99466d8add6eb0e0c5eb92'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8bf70635958749d89f3a8243b5c9d8af'
                        key: {
                            name: 'x_bu_itpartner_route'
                            element: 'order'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8bfc19c1a168443996f827eae38f1c81'
                        key: {
                            document_key: '1c2d377dd6e446eda03cef7f2c5eca2b'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8c0d2b805cc1498baaeb7a311fce5cc6'
                        key: {
                            name: 'incident'
                            element: 'x_bu_itpartner_hops'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8c23afc19e314f0a8ff6132097044893'
                        key: {
                            document_key: 'f7280eb9dd31494aad2246aa7d30c154'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8c3cf1ba987949b19e4f9fabeb8348da'
                        key: {
                            document_key: '36178026fa0e4d29bf8cda08baed3e41'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8c507a237891459db9211e2f6617de7d'
                        key: {
                            document_key: 'c3b68c704b374d3face4badaa18aab2d'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '8c74d1162bd04b88a739b0ba223c8c1a'
                        key: {
                            name: 'x_bu_itpartner_route'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8caa2604032144d8b446a4dfbfcf261b'
                        key: {
                            document_key: '2d0e5c01f7b44adb8d613b13debf2471'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '8caf33bc652c4a1eb87bda2d79298001'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '73bde182f5a04a34b8bd86487023b19c'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '8cb87d84c51640dfba72548597a46285'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '22e9755f84af4c9dbb5d86a552a34a59'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8d0bc809a2e744ef9d2ba9f0daebc461'
                        key: {
                            document_key: '3ce52bfb6bed4d8abc13a09fe6a88938'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8d3661524b83494c9eaff48ae1f05a05'
                        key: {
                            document_key: 'e93c2dd2777f43259c66cd714116a81b'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8d7cb2625ddb4139880e7aa47428241b'
                        key: {
                            document_key: '28852d9312224b1997cbd2e0453051f4'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '8db093a6dbb74f09b81c8c691cf247e6'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: '316c81f8f9dd434d94d17e47ae2175ee'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8de2d9f719344e1db992c20b1c306160'
                        key: {
                            name: 'incident'
                            element: 'x_bu_itpartner_boomerangs'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8de560945b93413599e5217960dc4be5'
                        key: {
                            document_key: '5465f083c73d4bc1b4d629d69f6f11ae'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '8e0280a4e87d4e0f9f558c53bb866a80'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '044e742a37d549f582c97d48c52f1b58'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8e02f4dc41794df5bef53146850b3fcb'
                        key: {
                            document_key: '926b2793473b47bf96b07537feb308ec'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8e50ffb752e6487f90522e945b40b954'
                        key: {
                            document_key: '95c367e3ca3d445183e9c84f822ec5be'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8e53886be89b421f8d44396484d85ac3'
                        key: {
                            document_key: '12d4823371d9461a9134f69bfb30b489'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_transform_entry'
                        id: '8e67947e465c4825ba6bcf78944737be'
                        key: {
                            map: 'ddaae0e6346d46be881d2dbe1a084b95'
                            target_field: 'sys_id'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8f2b7c2e2ca24484bf63858c6bfbbee3'
                        key: {
                            name: 'x_bu_itpartner_partner'
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '8f2d80c3ee1747919532894babe944d3'
                        key: {
                            sys_security_acl: '8440ff20b191435ea8cb82992e219088'
                            sys_user_role: {
                                id: '2b801c6b96d34516b052aa85da089971'
                                key: {
                                    name: 'itil'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8f47a4449cee4eb98f3f72a8e65ee1cc'
                        key: {
                            document_key: 'd264f508680349d9983158b39b2f34bf'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8f4c4889ee2a4ea5b1c66c934dc1bb20'
                        key: {
                            document_key: 'dcfd1961d2874c6593049986b4c3222e'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8f6237bbefd34fd2b82ce728d54db711'
                        key: {
                            name: 'x_bu_itpartner_route'
                            element: 'description'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8fcc33a4787b4344abdadffcca2bde46'
                        key: {
                            document_key: 'ce9b01a4eb36422cad8de2b003d71866'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8fda798e36e44270a0fb8dbed93a9395'
                        key: {
                            document_key: '6d5b934ad4e24833ab5c417b8400d0b2'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8fdf0a93150644dc8e8332cb1b991e21'
                        key: {
                            name: 'incident'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8ff4482182f64d5c899296f1c36d34a0'
                        key: {
                            document_key: '8a15c2c0e1174b24b712c33fcc6121a7'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '900f22a39b5a428b8e519f4fe94425b4'
                        key: {
                            document_key: '6804d4d0b4384e3ca9afd9ae6400182f'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '90337dd6ac0e440693eecc5daee62761'
                        key: {
                            document_key: '5d476f1ae69d49bc863748c600696fa1'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '90b02ef11c7346fe91e725551b3fd0e1'
                        key: {
                            name: 'x_bu_itpartner_decision'
                            element: 'outcome'
                            value: 'rerouted'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '90cf1f4820a846f3a84deb191487098f'
                        key: {
                            field: 'conditions'
                            table: 'var__m_atf_input_variable_1b97cd31872022008182c9ded0e3ece5'
                            id: '7a9cc97374f6417888096119fe11604d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '90fb3d51352d40c791dbb612cfacb7b2'
                        key: {
                            document_key: 'c3264ac4ecf84bf59b14264b02835cb1'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9129a160244d4c2ca6f790aedc1a0479'
                        key: {
                            document_key: '2a3e9b42d8524d05b2dd2be438e08bdd'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '91c29cf8975540d494a5631f443eff42'
                        key: {
                            sys_ui_section: {
                                id: 'fd4d7c1deb6f45feb19ccad1711c9cd9'
                                key: {
                                    name: 'x_bu_itpartner_red_flag'
                                    caption: 'Red flag'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'active'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '9226ce45ec2940f097d51c03fab08739'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '783858a5d7824b73bae06f5a6147e6b9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9242fb2955434355a41d25273a461316'
                        key: {
                            document_key: '851d74f32b7e4b36b1356cadcd20fcf3'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9266ae254e42459e95f7a7383694247d'
                        key: {
                            document_key: '47a67da2d27f46d1a1b450867c1f6232'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '926a9c9c6e90439a8ec6cb3d5ad4e7ff'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'cdc62c5047784eb3baf25942c2e4e5d1'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '927d11f432474fdeae0cf62af507026b'
                        key: {
                            document_key: '80a21d30e202465a8001a1d231cddf00'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '92e7843441bc4c479057775e0824c9cd'
                        key: {
                            document_key: 'e9e0800c7e424decbdd41c7acbd78988'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '930b0c2425eb4e54821eb22ed79bd0f7'
                        key: {
                            document_key: 'c2e2c840af174b23aee9d640da774f97'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '935bdc5e9bbd422db1d615d790209f25'
                        key: {
                            sys_security_acl: 'b0d157a208864295bc43db6574f89127'
                            sys_user_role: {
                                id: '52c27eaec5d6469994301f62444f4626'
                                key: {
                                    name: 'import_admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '935d08c6c0284ad9b7d08c33f6776fe6'
                        key: {
                            document_key: 'ede258c25a0b4c309c09ddc311710bdf'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '936ba11ca300418a9ddafc40635adaa0'
                        key: {
                            document_key: '10db7fde31504e568c5db32f63550579'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '93b8f12f4c3e46a298ee88ee1a65038b'
                        key: {
                            document_key: '8cee98504c7a4406b9dacfb59fca656f'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '93df4170ad5b486ea07e7010a6d0c497'
                        key: {
                            document_key: '87627bdb6f114edaba4162f14e98b854'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '93e5ac610cd649f193c4ac055deafa8c'
                        key: {
                            sys_security_acl: 'bf91b08ef76d4715a57bac9d272c302c'
                            sys_user_role: {
                                id: '419c6d4e5dc448fa8657898bc3f3ff1e'
                                key: {
                                    name: 'x_bu_itpartner.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '944e1d903e7c464ab5d480a684a2bd19'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'dc103862acc841eb91efbad7bc625c4b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '94831f14ec5d41c5881c964d81a285da'
                        key: {
                            document_key: '8391edef538d400f86c2c60af9a5d04c'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '94e4c3f4fccb48fe97925be20102b7e5'
                        key: {
                            document_key: '1ed2bee4aa2240c88ec99fd84f06aa06'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9500b95d7fcf42ac93224b6c82782094'
                        key: {
                            document_key: '5f003fadc7474f7a8d2e9695e66b9125'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '95096598867a45c8ab03392811853f18'
                        key: {
                            document_key: '7735fe17cef24031b392d3119f20f09c'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '952095b8c492491988c0795c5ecefd6c'
                        key: {
                            document_key: 'da4845f601fd45bcbbaba0306a6d88f4'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9559a081daa74a0ab92757c0705685c2'
                        key: {
                            document_key: 'dc361145d1bb42c8886d5c385dda5cb7'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '95954d304ff94526b223f12a365f8157'
                        key: {
                            sys_security_acl: '1da2262e6e4e4061b29016e15c78c14c'
                            sys_user_role: {
                                id: '2b801c6b96d34516b052aa85da089971'
                                key: {
                                    name: 'itil'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '95c4e1ec922144b584517c5187516f42'
                        key: {
                            document_key: '94fdc941bd2245638c6a047337d62fcc'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '95d48d14dd2f4ac7af1cf0bbc89bfcfe'
                        key: {
                            name: 'x_bu_itpartner_partner'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '95da8744de434576b20be2fd33abe580'
                        key: {
                            document_key: '6c4c7392c31245a98f0de3b7cad84862'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '962b619d9af04f1d9034ce60d48264dc'
                        key: {
                            document_key: 'fee63beddeab4e9fb915fb22a52dffaa'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '965e7b9376a64d7b875d07c017da07ed'
                        key: {
                            document_key: '57ff0ae86f5a4e27a591e70cf4b989d5'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '968a72ebda444922ab1bf3c3da9c1c61'
                        key: {
                            document_key: '70b0a780b1a94638a8935ee2562305fd'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '969990146c3d4dda8d843f34ca92a81a'
                        key: {
                            document_key: '94a8d064e6c74f0c9477a1e0996d9366'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '969cb2a284624875b8d154416917ceef'
                        key: {
                            document_key: '204db92bfd4e47e5ba4048fd6a9f0563'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '96c31a59768c4b8f937dbe90d220b617'
                        key: {
                            document_key: '5b0c5c368b2348c5bb07475e15523eb2'
                            variable: 'b124164e53a0220002c6435723dc34c5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '96cd40337aef4cdab1f18c9316d39af8'
                        key: {
                            document_key: 'ec16d7c520ea47d8a82d598cac7e4744'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '96cface85a2b4df5914fd707e27a547d'
                        key: {
                            name: 'x_bu_itpartner_department'
                            element: 'department'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '96ee649bb9e84338ae0982b1fd9127db'
                        key: {
                            document_key: '5f003fadc7474f7a8d2e9695e66b9125'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '972112e292f14cafac511c503e38406b'
                        key: {
                            document_key: '25bbf6eb225246b9b0c322584f937043'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '97b45298a6cd40c88d571ff5339aca8a'
                        key: {
                            list_id: {
                                id: '95d48d14dd2f4ac7af1cf0bbc89bfcfe'
                                key: {
                                    name: 'x_bu_itpartner_partner'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'contact'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '97c142c22a074a9abb238f943ef87133'
                        key: {
                            document_key: '94a8d064e6c74f0c9477a1e0996d9366'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '97eea9c96b354e2b8e1d51c58a0343d7'
                        key: {
                            document_key: 'bffa58a77e244b5391c7a09e58b1ccad'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '980af04bd434471397ef8eb24e267b01'
                        key: {
                            document_key: '394078634a3f4926b6996cce13ca77d0'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '9878bf4872e64d9c81c46b3fba33d3d1'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'd9a72f28ac014350982d3d0967c82d0c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '98da07789b10462991c7e2194b2e1249'
                        key: {
                            document_key: '54cf28f153804636bdbdc59bda10a8a1'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '98f02fa9f5de4fea827dd83284be2a60'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: 'b8d234d64a8a485aa91d96a00de1815b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9956cadf09fb4aee913484c856f5e64d'
                        key: {
                            document_key: '25bbf6eb225246b9b0c322584f937043'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '99b125ab5f734ab69a7634cd475023d0'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: 'c3b68c704b374d3face4badaa18aab2d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '99d6198509e846c79cb6abe1d5a54203'
                        key: {
                            document_key: '3bd07409efad49e4af5353ccab49139a'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '99d71937707c4d3a8b7184656fbdbed8'
                        key: {
                            document_key: '94a8d064e6c74f0c9477a1e0996d9366'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '99f285f62ae54454975fd3f4fcaae739'
                        key: {
                            name: 'x_bu_itpartner_red_flag'
                            element: 'active'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9a3090d331ce429ab58273e4162d7186'
                        key: {
                            document_key: '778c3fb48439457d8e66c9b8b277b077'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9a65faad0ac14b929370db4572a21298'
                        key: {
                            document_key: 'c14408c76ca046f0906de1a0604eba27'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9a6df6ce33234de79f7df59487719ca5'
                        key: {
                            document_key: 'dcfd1961d2874c6593049986b4c3222e'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '9a9542fc50c2406aa8096f6b37750f08'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'f7537119f5264c7781090d8a749ebd4e'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9aee5f31a5194ff09f98a4948f867f99'
                        key: {
                            document_key: '2c417987c6e34b25b4a17cbd248da4d9'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9af1735894ec4956858f613d78167f09'
                        key: {
                            document_key: 'a83f146c4f3a446b95aa062bc79d1254'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9b08ed1ff5ef44b585d2f940047cc866'
                        key: {
                            document_key: '1dec752f17754d91903082a3258d5d45'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9b4cb3fb95dc4f1baafe2f88bb3171d4'
                        key: {
                            document_key: '26023f8de0a246689a7ad747a3503736'
                            variable: 'c2eb56e853422110248dddeeff7b1261'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9b653270cf0f42569f0bea915e88f8c6'
                        key: {
                            document_key: 'a83f146c4f3a446b95aa062bc79d1254'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9ba2fee0f370401198af31ba45e805db'
                        key: {
                            document_key: 'f181e52414df43ae89cee465a424d7f9'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9bb5abbfbaab4a4896a83f135c2bb639'
                        key: {
                            document_key: '926a660437f345c3b3a83b23a69d2944'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9bd9006464da44a19736db5a6af3423d'
                        key: {
                            document_key: 'de1b0764ce95446bbaa27ede24bb26ae'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9c5c569a08864ccd8a45423dd958a853'
                        key: {
                            document_key: '876573b368a74422a9d0fb1354498814'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9c77e85e358345ee908dcdf6f527d8d4'
                        key: {
                            document_key: 'c40bb5801b1e415d8de1b3fefe8a701e'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9c7e32c2fa284978b432bd529a971415'
                        key: {
                            document_key: 'da4845f601fd45bcbbaba0306a6d88f4'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9c8286d6b0ca43b4b13f414af9c37215'
                        key: {
                            name: 'x_bu_itpartner_department'
                            element: 'partner'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9cb749d370244da6958771a772d7fcf8'
                        key: {
                            document_key: '5c3ff54b0e064adcb65cb790adf2af29'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '9cff81b1123e4dce9741985a782a171b'
                        key: {
                            sys_ui_section: {
                                id: '44b8208dfb2e49b18b1b158a9d3e4395'
                                key: {
                                    name: 'x_bu_itpartner_route'
                                    caption: 'Escalation route'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9d28d113f6bd49788e08e6fb1ab7db19'
                        key: {
                            document_key: '2eaea97abcfb422c87e1e578dfc40419'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9d3285c061354f01aa9d75ebcdbdb494'
                        key: {
                            document_key: 'ed6c76e885c24e9cb254c3d1cd365345'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '9d397fd8029e46138135a342c64f54e2'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '64a90c61530c45e1aeabe0c3cd9e9619'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9d946fefab2d45aca9ce6ba9a3869f71'
                        key: {
                            document_key: 'c3264ac4ecf84bf59b14264b02835cb1'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9d95f87cbdd84711a2f79553d9df5149'
                        key: {
                            document_key: '8cee98504c7a4406b9dacfb59fca656f'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9d998606966c4228ad43c8ccf3f2538b'
                        key: {
                            document_key: '9a525d2efd2444699fa0173aa393b69e'
                            variable: '27d4e1c25320220002c6435723dc3486'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9da27f7f32fa470384a7884d6155062c'
                        key: {
                            document_key: '60b576ae4cf8401fa4206cb6a0b155c0'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '9da37ae1d1904f3eba83f2909b38a36e'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'eeae603b491e45fa89647397b5f174f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9da684feb9774a9db4a7fc0c9236c991'
                        key: {
                            document_key: '9104bdc9943c45d9b36ad12953c41135'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9ddddf48247346ca8fc8706a76b318bc'
                        key: {
                            document_key: 'c2e2c840af174b23aee9d640da774f97'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9e5abbc0913b4186b3532bb1e5021591'
                        key: {
                            name: 'x_bu_itpartner_red_flag'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9e8245b11abd48e4817c93d26dde77f9'
                        key: {
                            document_key: '2c417987c6e34b25b4a17cbd248da4d9'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9ef0ec46075a48208d4c54a83f24c4ab'
                        key: {
                            document_key: '9b969f76316d468b8de42b7af725c7bb'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '9efa0807176749d2a2137c49326ace28'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '2c96deca9968470a8eaea6cb5df08b2f'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9f0cb0a35daa40d481a524d1a99fb08e'
                        key: {
                            document_key: '73ec44c963754d878f4c8e9baf65dd80'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9f164951463e4435b3340eec671cb576'
                        key: {
                            document_key: 'c319f9ff45f64d22a8507ed1ac2ebf5d'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '9f7a6720a5654491b050c2fc4db1a83a'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'fee63beddeab4e9fb915fb22a52dffaa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9f9a2fe5246f40b78adaf4d28d3331a1'
                        key: {
                            document_key: 'd8070ccee1e5491382fd8c7e6542fb2b'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9fc3dad6d1db40dd9befb00d2f8ab8f6'
                        key: {
                            document_key: 'd9a72f28ac014350982d3d0967c82d0c'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '9fcb4f7d9e3c49a7bf63647dfac2e8b2'
                        key: {
                            list_id: {
                                id: '55a2fef665f94dbbbea48f9838d392ea'
                                key: {
                                    name: 'x_bu_itpartner_decision'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'signal'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9fcd6d4fe49d4abab44b2a85ff80a6a9'
                        key: {
                            document_key: '1c2d377dd6e446eda03cef7f2c5eca2b'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9fd480a54cb140dd955f75256dfa1c29'
                        key: {
                            document_key: '778c3fb48439457d8e66c9b8b277b077'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9fe84586fbcc40aaa8c188b7b87f0224'
                        key: {
                            document_key: '996b74c03e3f42f99cd84e476c761aaa'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'a00673066dfc4e93be38ef2c394951b4'
                        key: {
                            list_id: {
                                id: '95d48d14dd2f4ac7af1cf0bbc89bfcfe'
                                key: {
                                    name: 'x_bu_itpartner_partner'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'support_group'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a034e8f62e9e487dbd4e4128e0d53425'
                        key: {
                            document_key: '146ceb5765994bf898b319cc68f82c4f'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'a037b15056254f88aca731dced8684fc'
                        key: {
                            sys_ui_form: {
                                id: '01dd44eefa9644a5933fcf5dc291edc8'
                                key: {
                                    name: 'x_bu_itpartner_partner'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '312e4cf674c94384a371ded7c1464382'
                                key: {
                                    name: 'x_bu_itpartner_partner'
                                    caption: 'IT Partner'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'a039eb281b234d73a5e05b9250e802df'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '9977e0d4da4541649781678d3506ca6c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a06c1f350d624428a88dd51ebd34f2d0'
                        key: {
                            document_key: 'afae7b4f9d6247ddb8d12512b6cfcaab'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a075a444424e4343a4913ce92123a849'
                        key: {
                            document_key: '4d2c7f7aa4b743ec934d5bbdc6771d25'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a07e4c1a10f04b20925a39ec70627ff4'
                        key: {
                            document_key: 'f7ad9b2f273840b6a958873192e7f48a'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a0b94bcb1da44ee48848b058f751706d'
                        key: {
                            document_key: 'c33eacee624e41d794bf9917b445ffa2'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a0cceb9c3a054e3d8d7c18bf2e5209c3'
                        key: {
                            document_key: 'b8d234d64a8a485aa91d96a00de1815b'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a18bfe79626c477ab64af2bff956cb20'
                        key: {
                            document_key: 'ecefef42340940f98ae504bed92e542d'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a1b5ba721a8846d4858dfb277b94bb26'
                        key: {
                            document_key: '572d8b5fb7b04c119bbcff4fb5260be9'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a1f95711103645c8916a1c3b3fb522c5'
                        key: {
                            document_key: '0efb40cea0984ff78838eeb56a38a531'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a1f99311538743afb6da9a3b29963d05'
                        key: {
                            document_key: '183b27f5f9894deb8b0841f5778200ee'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'a2c1d07893fe4a11a5047dc92dba2352'
                        key: {
                            list_id: {
                                id: '55a2fef665f94dbbbea48f9838d392ea'
                                key: {
                                    name: 'x_bu_itpartner_decision'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'partner'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'a2f55bc79f834cbc9355c698d365fa09'
                        key: {
                            name: 'incident'
                            element: 'x_bu_itpartner_signal'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a32d560c92ee419182424a3d3a324f32'
                        key: {
                            document_key: '1a5944af45da4118984484f22ffdb76a'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a341e4b883574c268122e63ef845c03c'
                        key: {
                            document_key: '01e70e9370654285a5aceb7e07bbb3fd'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a346e179e79f41bfb34dd4fa49613515'
                        key: {
                            document_key: '3ce52bfb6bed4d8abc13a09fe6a88938'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a354b94c10ef4e7eb670c7a37119e52f'
                        key: {
                            document_key: 'b597871a7d494e3b814368edc645a603'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a3922adc4d7c409a9fc76e502d154985'
                        key: {
                            document_key: '450a7a196e0a440984db6ae075397c97'
                            variable: 'c2eb56e853422110248dddeeff7b1261'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a3b5cce612d049ec92a08e5ae0a4960c'
                        key: {
                            document_key: 'e7e33bb70e774aa5883f16e2a84ab88e'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a3fd5622d7e84ef194be9b48eecb8e0c'
                        key: {
                            document_key: '96c13e24e0904a3b9df241099a7afbdc'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a454ca6017d3431e8ba4010ca094f4aa'
                        key: {
                            document_key: 'e2a530a5f79e412cba4facc1c185ed7e'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'a48ba9c3b6554fc89b040c4379a27c86'
                        key: {
                            list_id: {
                                id: 'b01e06b0c80c4fd58bc723535ce402ed'
                                key: {
                                    name: 'x_bu_itpartner_route'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'description'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a490c618b2d642ab906acf5b40999546'
                        key: {
                            document_key: 'dc103862acc841eb91efbad7bc625c4b'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a49353d426f44e43b6a97ee33a692778'
                        key: {
                            document_key: '93664721573e4a5893ddf83c654a9c51'
                            variable: '4aa838f25320220002c6435723dc34e1'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a4939116dbea4caaafa00a31024438c5'
                        key: {
                            document_key: '3909c1a5d7c349c2af7cb4f143f55db3'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a49cde8d90a743c98e2556c746922990'
                        key: {
                            document_key: 'ed456ec13b9b4f7d80da671179aab2f4'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a4c7a9fb86ee452784f91a74018bc334'
                        key: {
                            document_key: 'd264f508680349d9983158b39b2f34bf'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a50a02b7398c49249342610a06f61cb5'
                        key: {
                            document_key: '3a050e6c9a974a38ba9ae54f01b30dfe'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a514fbbd71584f88a99c1cc9dfca3174'
                        key: {
                            document_key: 'b8d234d64a8a485aa91d96a00de1815b'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a5154b559487415d8d9ce3fdba66e2bb'
                        key: {
                            document_key: '70b0a780b1a94638a8935ee2562305fd'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a523a782290440309d740cd98fe25882'
                        key: {
                            document_key: '4e361b89f3464370888ef09a56869710'
                            variable: 'ba62b4075320220002c6435723dc34b9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a6666e07a39541bdb9f52a65952acd89'
                        key: {
                            document_key: '8adffdbdb2b3469996152f70ddfb7839'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a68712d7858f4feb9e49b97ab2335117'
                        key: {
                            document_key: '8a15c2c0e1174b24b712c33fcc6121a7'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a6c4d0a8e1f842fab8a310052e914a2f'
                        key: {
                            document_key: 'bc6fa797d7bd4ad58713cfa1ef2e8a28'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a7122a5663f54b6da03099c84d985b36'
                        key: {
                            document_key: 'bb3ebfc99f294888abee8fd444966278'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'a71e673289534e5fb88878a37744d2af'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: 'bc6fa797d7bd4ad58713cfa1ef2e8a28'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a76f07489d8048b69716b72f8a34e9a5'
                        key: {
                            document_key: 'b5a664bf0ae44023996f441d2ccc2d52'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a783ccc9e8e8492fa343f31e17d1a5c2'
                        key: {
                            document_key: '876573b368a74422a9d0fb1354498814'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a7c5cd41e34b4d65930526512e502c3b'
                        key: {
                            document_key: 'b455005e8e99466d8add6eb0e0c5eb92'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a808cc2d1973447f87186e93bd2cd158'
                        key: {
                            document_key: '7735fe17cef24031b392d3119f20f09c'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a838e035b814424eaf24eeecab729f12'
                        key: {
                            document_key: '47a67da2d27f46d1a1b450867c1f6232'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a85d928bcec448a29ed56d6931b4ff81'
                        key: {
                            document_key: 'f7537119f5264c7781090d8a749ebd4e'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a86da6adbbf54edf8814e0bba503fb62'
                        key: {
                            document_key: '4bdb04826f524dc1a4d571bc7d5f83b8'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a877f75646e748fb92b782ed951c6840'
                        key: {
                            document_key: '3909c1a5d7c349c2af7cb4f143f55db3'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a87f729dc4fa49798e33b0c1a34dba78'
                        key: {
                            document_key: '8391edef538d400f86c2c60af9a5d04c'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a88134d171624800ae0dc889501b596f'
                        key: {
                            document_key: 'f7280eb9dd31494aad2246aa7d30c154'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a888db9a79e74ff396fc7d383ccc55de'
                        key: {
                            document_key: '94fdc941bd2245638c6a047337d62fcc'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a88f0dab85d8472f80e1a32399b690aa'
                        key: {
                            document_key: '9f989833dd4640c6a057802ddeac8e46'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a8b92cb29264488f85be29dcb88052dd'
                        key: {
                            document_key: '926b2793473b47bf96b07537feb308ec'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a8e188c461c0458c88199e940fe349cf'
                        key: {
                            document_key: 'c6c660655ace4c5cbeef84f36b936c68'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a903b6d015e440e3b0d067de241bd5c0'
                        key: {
                            document_key: 'f68e8ca695894a56b66d6af5c4e41b97'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a90c766942194ae2b1fe558597e72545'
                        key: {
                            document_key: 'd5bdf45a57ad4b7c8244e4574075b5a9'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a910c4625a634fd58193fd3af5f0a724'
                        key: {
                            document_key: '7d5a5d5fdedd47aea118e87117de705a'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a91fbc27b9d648049d64879cbc765c4c'
                        key: {
                            document_key: '6f1b5e900ed14475a4c29261119b1265'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a9929d8dec574f8c960099e6a160957a'
                        key: {
                            document_key: 'e260e4d20ae945bdb0143627249b053d'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a9b73a9a9c694d2cac42a876b4f97eeb'
                        key: {
                            document_key: '36178026fa0e4d29bf8cda08baed3e41'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'a9cf37faf4314105b84826dd953b63ba'
                        key: {
                            name: 'x_bu_itpartner_decision'
                            element: 'outcome'
                            value: 'kept_specialty'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'a9fc49618ca84f81b393109b7afc91b0'
                        key: {
                            name: 'x_bu_itpartner_red_flag'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'aa017db0641143f6971a277e95c70fd7'
                        key: {
                            document_key: '92bb3f797137434f9cf8c5d22b6f0e23'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'aa27f3f1c2cb4541a529e619323143c2'
                        key: {
                            document_key: '204db92bfd4e47e5ba4048fd6a9f0563'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'aa729de3bf7442ebaa2cd5a6592ae49b'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '07fc43d8d0b44cea8876235579bb980b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'aa7e669727b44e1aa0f8531a4d67554d'
                        deleted: true
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_bfb48f59ffdf3210f972ffffffffffb3'
                            id: 'ce9b01a4eb36422cad8de2b003d71866'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'aab7ea2d603c48b783aad35bacb2c37c'
                        key: {
                            document_key: '1532f2970dcb46918ea636b4b48179e0'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'aae930ec7e394e509e5ba54e4c54154c'
                        key: {
                            sys_security_acl: '8440ff20b191435ea8cb82992e219088'
                            sys_user_role: {
                                id: '419c6d4e5dc448fa8657898bc3f3ff1e'
                                key: {
                                    name: 'x_bu_itpartner.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ab0ad29eb0c9464692d5dfd1b6dc9a1c'
                        key: {
                            document_key: 'e629eae74d344c2b9de1307b82401acc'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ab3694d6c22349cfb9a52880be03ec00'
                        key: {
                            document_key: '30cb9b4358c34ff3bdeea9fc65edc65e'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ab617d22a2cc4db1817064f36d08d2d4'
                        key: {
                            document_key: '86316f63d9ab4f6f9243f4fe03adb063'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'aba153fd4ec446ca873c4e1aecbdcc7a'
                        key: {
                            list_id: {
                                id: '3c0e11b556df4e329087b2f4f1964810'
                                key: {
                                    name: 'x_bu_itpartner_red_flag'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'note'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'abc7df7bcd5f4bfbabb8c4be981eae79'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '1f80d9cc73fa4a99954e2f8289c10329'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ac1f408ebd3d480e8fb6a005bcbbf4ba'
                        key: {
                            document_key: '783858a5d7824b73bae06f5a6147e6b9'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ac242bb5753044aa9726c9669ab83f6f'
                        key: {
                            name: 'incident'
                            element: 'x_bu_itpartner_partner'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ac3306cc88ce48559ee53ce2f1612dc3'
                        key: {
                            document_key: '3c92f104df624558aa479b9800257493'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ac36642f702243338e35440b70ffb178'
                        key: {
                            document_key: 'b91e6615810f4a39a76b83024c1d5830'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'ac42179bf90943c091cb01bead8870d3'
                        key: {
                            sys_security_acl: 'bca30837bff74bb0ba7e6f7464d6a4e0'
                            sys_user_role: {
                                id: '419c6d4e5dc448fa8657898bc3f3ff1e'
                                key: {
                                    name: 'x_bu_itpartner.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ac70e3bc3cd8451fa6e6b9baf252646a'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '926a660437f345c3b3a83b23a69d2944'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ac7fb3c0bcf740e189fa64cc04169b1f'
                        key: {
                            name: 'incident'
                            element: 'x_bu_itpartner_boomerangs'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'acafbd8bb7c84ea68a7a8f147cb94a55'
                        key: {
                            document_key: '5f003fadc7474f7a8d2e9695e66b9125'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ad071447068340b68f21197e10fec63d'
                        key: {
                            document_key: 'bc9239eb6ede4b1196d7b7aa42149147'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ad1061d422b14382913a66de01b7f152'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'c5059ead60f64eaf9256a815f87faa26'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ad5ce1ec388a4a9b9e44d17df30647e3'
                        key: {
                            document_key: '22ec8bd0088c472fbe46812034425699'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ad7494cd36c14f35b5ae6fe5d388a887'
                        key: {
                            document_key: '3ab519689d804e00a8cfbfeb0cdccb2a'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ad80c147590846daa85120294e59249a'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: 'c319f9ff45f64d22a8507ed1ac2ebf5d'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ad89cee053fc4d3aa4db69574993bdb4'
                        key: {
                            name: 'x_bu_itpartner_department_import'
                            element: 'u_it_partner'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ad8d6942ca1242e581bf2f36618c7fc0'
                        key: {
                            document_key: '2d0e5c01f7b44adb8d613b13debf2471'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ae233539d8b9445d92d8d1eedf619ea8'
                        key: {
                            document_key: '5583c05130994ea2a3505b5f7908a1a2'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ae46110d3dbe449082c8fa01feb4e8d3'
                        key: {
                            document_key: '1c2d377dd6e446eda03cef7f2c5eca2b'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ae6ef0c67538455dbf7412bae1b121c8'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_fcae4a935332120028bc29cac2dc340e'
                            id: '17eb2c6fe48a41a6bf45e43237180d38'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ae73a9270de245e8a1a599c214d5efde'
                        key: {
                            document_key: '6f1b5e900ed14475a4c29261119b1265'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ae8298b187994069a45a26f7fd9dd7e5'
                        key: {
                            document_key: 'bc6fa797d7bd4ad58713cfa1ef2e8a28'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'aecb0a631e574b029de196e495e7c660'
                        key: {
                            document_key: '127d40ff2e7f49e185eba2810a7a419e'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'af153e110f2e4c6f926475ad754a435d'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: 'c5cfec5f4a30450789be226ea2115f3a'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'af42aa9ea10743b1a42747062ce6f789'
                        key: {
                            document_key: '42116337d6514011a47c697eac677585'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'af8fef67b301465aa8845505e8cf32c7'
                        key: {
                            document_key: '36b9b9d6f1a949bd86f9092042a85d80'
                            variable: 'ba62b4075320220002c6435723dc34b9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'afbf5821010a4e8c857ccf35cd7095dc'
                        key: {
                            document_key: 'f1025bd705904ce480943679a1a033ff'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: 'b01e06b0c80c4fd58bc723535ce402ed'
                        key: {
                            name: 'x_bu_itpartner_route'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b024727a1b2a47e0a478eed206ab2aa9'
                        key: {
                            document_key: 'e260e4d20ae945bdb0143627249b053d'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b03715ef6aa148109884763a227a281d'
                        key: {
                            document_key: '18ed72cc08344116bfe308a437d5f530'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b03c01e8dc9b4ae48a6b701e86d91d55'
                        deleted: true
                        key: {
                            name: 'x_bu_itpartner_department_import'
                            element: 'u_partner'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b05194a4968c4d92a4dc66ddec155efc'
                        key: {
                            document_key: '3909c1a5d7c349c2af7cb4f143f55db3'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b0693403a33f4cdf8f82a974cedd7462'
                        key: {
                            document_key: 'de1b0764ce95446bbaa27ede24bb26ae'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b0835512a1254bd097bb14a61f625fcd'
                        key: {
                            document_key: '58aa28da915b429d9b8b5fb722daa9a6'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'b0a549f454b044578585da2a813c4944'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'c40bb5801b1e415d8de1b3fefe8a701e'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b0a8ecec5f3a4f4cb1438ad1d9dc79d7'
                        key: {
                            document_key: 'c6c660655ace4c5cbeef84f36b936c68'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b0eafc07939d4bc08c408ef75061921e'
                        key: {
                            document_key: '69092e079a4b4db680bc7352ca63f5c0'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'b0ee2047c8ed439da18b1070a4ae3373'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'd03ede4231864954b27f8ec33c1ea4f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b0fe68cbd6644bc1a6b491f1953ba327'
                        key: {
                            document_key: 'd9c74bf67cf14ce083bdb589fdcce632'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b101bc4fe2ad46e5bc183e23bd32990d'
                        key: {
                            document_key: 'd03ede4231864954b27f8ec33c1ea4f2'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'b116072fdeaf489d83dd8e9ccfe44868'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'a100bdcb342a48788e8ae5732366cfef'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b130dc0f45954b10a025380436b19d6c'
                        key: {
                            document_key: '84c2df9a3068491cbb4e4cac58518be2'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'b1384252b9b4427bb4288f79bdbb5a12'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '876573b368a74422a9d0fb1354498814'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b1643d58bc6c45878a4545ec7c92c045'
                        key: {
                            sys_ui_section: {
                                id: '44b8208dfb2e49b18b1b158a9d3e4395'
                                key: {
                                    name: 'x_bu_itpartner_route'
                                    caption: 'Escalation route'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b169174f38aa4754bf6c10b9cc509ff3'
                        key: {
                            document_key: 'f68e8ca695894a56b66d6af5c4e41b97'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b1a32ef206794b71baa2e8f62fb296a7'
                        key: {
                            document_key: '926a660437f345c3b3a83b23a69d2944'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b1a386ea93634395a9ba190bb0427178'
                        key: {
                            document_key: '64a90c61530c45e1aeabe0c3cd9e9619'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b1e53d941a814dc3901afb83e1b83a96'
                        key: {
                            document_key: 'bb60ab03b6254a8b99019ba09a89960f'
                            variable: 'c796d40497302200abe4bb7503ac4ad8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b1ed1efc8ae145d8b45e6db9c24d04ae'
                        key: {
                            document_key: '1ca251d824d74fc588d1ec2ec1382949'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b25bea7eb6f441b3b12ee23994140fb2'
                        key: {
                            document_key: 'cd40c9a5ea3f411f97aebf852f56187f'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b29a93c3bba1479d9e05e77c8c408aa1'
                        key: {
                            document_key: '94fdc941bd2245638c6a047337d62fcc'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'b2a0bef3898c423facca378d434abdad'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '5d476f1ae69d49bc863748c600696fa1'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b2b064baa3cc49e58135072b212c29de'
                        key: {
                            document_key: 'ade80828fe014cbb9b34001b60ea7167'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b2b652c0bcb34f7b88848b695ce09338'
                        key: {
                            document_key: '7cd22c0cf8e34bdfaf171af3148d680e'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b2d98dcf0edd45da9aced1871e3dcf8d'
                        key: {
                            document_key: 'a34da8c263c64a15b4e9f04c2b6d8c78'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b2ded04eaff34f5cbf33e6d7ce78e375'
                        key: {
                            name: 'incident'
                            element: 'x_bu_itpartner_pending_decision'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b3101b84d5b84da79976ca3b6a1c44e0'
                        key: {
                            document_key: 'ede258c25a0b4c309c09ddc311710bdf'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b33f5014c8ef402eaf4b0ba8f8bd1adc'
                        key: {
                            document_key: '8ae7f63960dd4c8fb039334f49ef896e'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b36c3e5dd6d74c3c9630638977505917'
                        key: {
                            document_key: '572d8b5fb7b04c119bbcff4fb5260be9'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b36e2fd491d348548ffda71c3e29084a'
                        key: {
                            document_key: '3c147536dc914dcabfbcc8c270f40ee1'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'b3925784a5884f7e836018dfc0aa351d'
                        key: {
                            logical_table_name: 'x_bu_itpartner_department'
                            col_name_string: 'department,active'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b3e69ca889ac4e1d8e7ca9e2349591e9'
                        key: {
                            document_key: 'ec16d7c520ea47d8a82d598cac7e4744'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b3ef96b21df44781a481b3fd89bb87ad'
                        key: {
                            document_key: '18ed72cc08344116bfe308a437d5f530'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b43256a4645247b9bc52105b9789f51d'
                        key: {
                            document_key: 'efb25b58ee724d7b999282eaaf000717'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'b4b4c37dd3b24f3895c8e21fbe4a20c0'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: 'e260e4d20ae945bdb0143627249b053d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b4ba34c6300e4ef0b747beb244c109d5'
                        key: {
                            document_key: 'f0ac7d2cbc2f493abbea85c6e50b3519'
                            variable: 'a0e13cc35320220002c6435723dc3467'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b56a50ace099430084f6691c74fb075a'
                        key: {
                            document_key: '3a6934803da747f9810865e4c8dcb893'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b56bbffce04f4488ac858ab8ffde1f5a'
                        key: {
                            document_key: '34b6a2d8fcb345088809685ee1b31cac'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b5c86bb613ea454e88918cc18503bbe2'
                        key: {
                            document_key: '7d5a5d5fdedd47aea118e87117de705a'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b5dc5f46b509487b920c19c82451f516'
                        key: {
                            document_key: '1ca251d824d74fc588d1ec2ec1382949'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b5eb7794c789441d83113d000c447a1e'
                        key: {
                            document_key: '345c1c109ea542f2851bc5de53b205d2'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b5f1637bdc384a6585542a2f64a9563b'
                        key: {
                            document_key: '77bd558a3a6843e784c8306fe65560b7'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b64a0570a04a45988b5ba77e37fb9593'
                        key: {
                            document_key: '2eaea97abcfb422c87e1e578dfc40419'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b65d0c3b0b854608aab0c49836a51204'
                        key: {
                            document_key: '69092e079a4b4db680bc7352ca63f5c0'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b662bd6ce3eb49159d03b43482f69c22'
                        key: {
                            document_key: '53871579b92c434d93f3412d5d73f083'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b66b4ca332fc48999a99bbfd0fe417f8'
                        key: {
                            document_key: 'b5a664bf0ae44023996f441d2ccc2d52'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b66bbae177d04224a3e340c2c5e2a7f3'
                        key: {
                            document_key: '53871579b92c434d93f3412d5d73f083'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b67877c4bdc3446b99f2a65a142ab5d7'
                        key: {
                            sys_ui_section: {
                                id: '312e4cf674c94384a371ded7c1464382'
                                key: {
                                    name: 'x_bu_itpartner_partner'
                                    caption: 'IT Partner'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'support_stream'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b6805a97afb14958b4333addcaecd145'
                        key: {
                            document_key: 'bb33abbb0c7446aa9863a1f588185123'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b6bd3ee2d33b4467a26e28746fcab666'
                        key: {
                            document_key: '8dce4606276f4ff78948eb0d6e7939a9'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b6d54a0134c14466ad03551e113fd768'
                        key: {
                            document_key: 'a100bdcb342a48788e8ae5732366cfef'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b77a862ae47a4223a28c92570adcdacd'
                        key: {
                            document_key: '6c10e47b89e149668f3f45648adbcb13'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'b77c55d4a196451095e1e5e64e1b2be4'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'd9c74bf67cf14ce083bdb589fdcce632'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b7acf60c6b034ef4858d2b25ae01a1d1'
                        key: {
                            document_key: '1532f2970dcb46918ea636b4b48179e0'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b7de871176904db09878a90737e209bf'
                        key: {
                            document_key: 'cf312e317ab7446d85f9365f8a28a5cc'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b7e602bfa5954e4281d15da35a380377'
                        key: {
                            document_key: '127d40ff2e7f49e185eba2810a7a419e'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'b7e6b22aa33d4cac9069a04793dc0e72'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'e9e0800c7e424decbdd41c7acbd78988'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b7f4d1a1fbf94c9087a5342f0176a25a'
                        key: {
                            document_key: '84c2df9a3068491cbb4e4cac58518be2'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b7f981172e7248409db113dfcabf0622'
                        key: {
                            document_key: 'f181e52414df43ae89cee465a424d7f9'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b84d7d34468c49e7b3f201088b306ebc'
                        key: {
                            document_key: '40f51ca57fff4318abff093d8bc84c69'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b8ef1fb41e4649deb82f7a67b15d5875'
                        key: {
                            document_key: 'c1554a075b1f4506b5675d66091c6f84'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b91bd8d7bf7a49d791e827d5b901f63a'
                        key: {
                            document_key: '4c260a7e6d8d4155a193837acb120f8f'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b92d585fc4db4b5ab78ff763b73a227a'
                        key: {
                            document_key: '394078634a3f4926b6996cce13ca77d0'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b93d36013ab14f57a3c5d333651932fd'
                        key: {
                            document_key: 'b8d234d64a8a485aa91d96a00de1815b'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b94331958f54427eb7686a697f8a128a'
                        key: {
                            document_key: 'f7ad9b2f273840b6a958873192e7f48a'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b952a5ee94364b1fbc9639283bea2ce2'
                        key: {
                            name: 'x_bu_itpartner_red_flag_import'
                            element: 'u_note'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b987371f30764debb61b867cbc43a74f'
                        key: {
                            document_key: '6b5e128468e2493c822fcc9828dcef17'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b9c576f1ec9049a587e413f1c24821b7'
                        key: {
                            document_key: 'b35aa03d5bd547bc83457079caa2f602'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ba0f893cd6064e779362c65ce18688ba'
                        key: {
                            name: 'incident'
                            element: 'x_bu_itpartner_pending_decision'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ba55a1e5c0e342efb28ad99b4fa64b43'
                        key: {
                            document_key: '1ca251d824d74fc588d1ec2ec1382949'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'baa339f545f84e3b867532881c32327a'
                        key: {
                            document_key: '92bb3f797137434f9cf8c5d22b6f0e23'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bb79aa5a9c164198a51816aacf1aaded'
                        key: {
                            document_key: 'c304c1c9a122453db13820e0917efc60'
                            variable: '74d6e7a0a3023110571967d1361e616b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bb9c9b00eee54328a4214e1ce561c763'
                        key: {
                            document_key: 'b35aa03d5bd547bc83457079caa2f602'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bc0ed22254174709ab957346f92041e7'
                        key: {
                            document_key: '572d8b5fb7b04c119bbcff4fb5260be9'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bc9170f0d629488d91d5c21c91d80453'
                        key: {
                            document_key: 'a926fd1d78114a1d8c269f1c39bd0cfd'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'bca1e18f51c94cabb5ed65dfd6eec935'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '062b0d8be3fd4eb2895ca7375b54ca32'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bcb2c151e4994353b7071f8e0e5629c8'
                        key: {
                            document_key: 'b455005e8e99466d8add6eb0e0c5eb92'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bcc89727f23447b2919943e352e8db6f'
                        key: {
                            document_key: 'eeae603b491e45fa89647397b5f174f3'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bcfe2791ba70408d9e54325deee0e13c'
                        key: {
                            document_key: '127d40ff2e7f49e185eba2810a7a419e'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bd1b4b24d8b5498b8a9a8f3cd7bfa8d3'
                        key: {
                            document_key: '25bbf6eb225246b9b0c322584f937043'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'bd2d3dd94b3b4441a3bbd6a462527a98'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: '0efb40cea0984ff78838eeb56a38a531'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bd7442b8bb74428599f7182dd38764bb'
                        key: {
                            document_key: '0ef2dfc04b7641bebb7b35cdf6b44a72'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'bda0a3ca2d0348ef8e1ef7adac499e38'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '6f1b5e900ed14475a4c29261119b1265'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bda8468aeeff45499d4d160bdcc5a00e'
                        key: {
                            document_key: 'ed6c76e885c24e9cb254c3d1cd365345'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bddbc17c50e946a1bff5bde4950eff21'
                        key: {
                            document_key: 'e9e0800c7e424decbdd41c7acbd78988'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'be392755930f492d9fee6020478c2349'
                        key: {
                            document_key: '43ef102fbabc4de19360ca15654c41b1'
                            variable: 'c2eb56e853422110248dddeeff7b1261'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'be3e007d296b4f6f895d1c2a891edcaf'
                        key: {
                            document_key: 'a12d49076e324f02bb3b3d4928bf0897'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'be5fc50a95f84639b5aa77338346d4ab'
                        key: {
                            document_key: '36b9b9d6f1a949bd86f9092042a85d80'
                            variable: '56e6bee65320220002c6435723dc34b9'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'bec776f15e53450199c2d84ba92b7610'
                        key: {
                            name: 'x_bu_itpartner_route'
                            element: 'condition'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bef67096aaf4486d9acc0aac1d9915be'
                        key: {
                            document_key: '93bb32fbeb764ffd90f4c5d628cf17cb'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bf0df6e4138d48ef9a3405f246639bca'
                        key: {
                            document_key: '0f7e3316eab6434abad87dc8c7e6f655'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bf1286cd7cd240deb31ebb59c723581d'
                        key: {
                            document_key: '8a15c2c0e1174b24b712c33fcc6121a7'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'bf15d24a763b40c2aa6362752775358a'
                        key: {
                            sys_security_acl: '94d83ee261864b34b9d938ca829a6a16'
                            sys_user_role: {
                                id: '52c27eaec5d6469994301f62444f4626'
                                key: {
                                    name: 'import_admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bf31cbf460ca4e2cad93111f3c94bc50'
                        key: {
                            document_key: '6c58159e066a4f2f832932ba644a2e56'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bf62ab53449a44a2826f432722f07794'
                        key: {
                            document_key: '6804d4d0b4384e3ca9afd9ae6400182f'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bf861c1a1de244debdc729a578aa9c37'
                        key: {
                            document_key: '6b23bc3efdd9474391fe60943635c78f'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'bf870a0fe7a3470dbf8680ee14e11583'
                        key: {
                            sys_ui_section: {
                                id: '44b8208dfb2e49b18b1b158a9d3e4395'
                                key: {
                                    name: 'x_bu_itpartner_route'
                                    caption: 'Escalation route'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'table'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'bf9595b52dc248a8b998655cd5fa474b'
                        key: {
                            sys_security_acl: 'ae08f178abc6417e88679aec9fde1bd7'
                            sys_user_role: {
                                id: '419c6d4e5dc448fa8657898bc3f3ff1e'
                                key: {
                                    name: 'x_bu_itpartner.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bf9a46061d544666873ac414c215a485'
                        key: {
                            name: 'x_bu_itpartner_route'
                            element: 'active'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bfa32a6e899b4b8ea1683265c93a278d'
                        key: {
                            document_key: 'fbb6acb1711e4a5dbcf89c2701144827'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'bfea65bebc2d4953b108b06b684db93a'
                        key: {
                            name: 'x_bu_itpartner_red_flag'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c00b5b14979c401a80417dbb6b8f4f1c'
                        key: {
                            document_key: 'c5dc1858f53c4fb58bcb0c637d9a908c'
                            variable: '3eee292353e0220002c6435723dc343c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c04011d815d34e5eb390a950fe4ea144'
                        key: {
                            document_key: 'f658dbf193754e2b8ce5209fdcc19739'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c060c82804994fdabe7802e02526c22f'
                        key: {
                            document_key: 'efb25b58ee724d7b999282eaaf000717'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c0c7cbc9af8d4c188ee8f709e728a946'
                        key: {
                            document_key: '26023f8de0a246689a7ad747a3503736'
                            variable: '74d6e7a0a3023110571967d1361e616b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c0d460a35db54c3e957650c197e0a64f'
                        key: {
                            document_key: '8957bd41edf245df80fbb93ade5085f4'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c0f48c040aed46d2bb23324a4a07f4a6'
                        key: {
                            document_key: 'fd60102fbca14e20aae18a8ebdb406c2'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'c12b7ee44d2b491584ab22057af9b485'
                        key: {
                            sys_security_acl: 'e41534bae6a447e09f5167d01a7d0f4f'
                            sys_user_role: {
                                id: '419c6d4e5dc448fa8657898bc3f3ff1e'
                                key: {
                                    name: 'x_bu_itpartner.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c14ae99ae6c54d0f9bb439cfb5abb307'
                        key: {
                            document_key: 'dc103862acc841eb91efbad7bc625c4b'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'c1593aff980043b99187710d9e06d825'
                        key: {
                            sys_security_acl: 'b5e505a69bc541d2b73364ccbcea16b2'
                            sys_user_role: {
                                id: 'f3611dd43406472eb40747ed3b270a87'
                                key: {
                                    name: 'x_bu_itpartner.reader'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c176572e9f2743cfa9282a9825eeb880'
                        key: {
                            document_key: 'c3264ac4ecf84bf59b14264b02835cb1'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c1bbf7772bfa4bbf856f27283b142f01'
                        key: {
                            document_key: '2c417987c6e34b25b4a17cbd248da4d9'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c1d4538744bf4dee8b4c804ecd9bffa4'
                        key: {
                            document_key: '6804d4d0b4384e3ca9afd9ae6400182f'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'c1fb2700c0ea4b41852fd2cdd060112a'
                        key: {
                            sys_security_acl: 'cc4267ca47f548878427d3a1cee74423'
                            sys_user_role: {
                                id: '419c6d4e5dc448fa8657898bc3f3ff1e'
                                key: {
                                    name: 'x_bu_itpartner.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c1fde2b003a54b5084c21c4c08f8ffc9'
                        key: {
                            document_key: '575f5db5bb5a4c9dbb3471e4855b0e24'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c2127f6398694e5399824f7dbf288a88'
                        key: {
                            name: 'x_bu_itpartner_red_flag'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c213c545705241e9824bede3ec118d52'
                        key: {
                            document_key: '6804d4d0b4384e3ca9afd9ae6400182f'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c21a53f075654f02935ee0a512cae97f'
                        key: {
                            document_key: 'ade80828fe014cbb9b34001b60ea7167'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c24bda06d61246e0825f689bdba2e672'
                        key: {
                            document_key: 'c3b68c704b374d3face4badaa18aab2d'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c2999dd65f76449c81e72f016ca874be'
                        key: {
                            document_key: '3cbaa222a8464505b2d43fe7a5420bfe'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c2e266c37a1b4f249707f9deea1414a3'
                        key: {
                            document_key: '6c58159e066a4f2f832932ba644a2e56'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c2e495305f454dafa50ceac551290087'
                        key: {
                            document_key: '926a660437f345c3b3a83b23a69d2944'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c327ec7dcc5548979c8d16cdc5ffab81'
                        key: {
                            document_key: 'e31781d0403c4165ba2a052f5ce48491'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c346d80fd0624a618f37c0f09fc28222'
                        key: {
                            document_key: 'b5a664bf0ae44023996f441d2ccc2d52'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c3ea9eb6d1b54bf1b51d0e69eeb63063'
                        key: {
                            document_key: '3bd07409efad49e4af5353ccab49139a'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c3f9da1a63e147499dddefb54d0fa95c'
                        key: {
                            document_key: 'df54de4628fb4304b54ff0ff649c1be5'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c403833af17a4818b562f5284b64151b'
                        key: {
                            document_key: '5252cd8072b44766b7538f86c2817ea3'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c412bef03545489e924d1d8d208cc9a7'
                        key: {
                            document_key: 'c5dc1858f53c4fb58bcb0c637d9a908c'
                            variable: '51547e3953212110248dddeeff7b126b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c439cce5eaa64052b10afe3afaf6c52e'
                        key: {
                            document_key: 'f1025bd705904ce480943679a1a033ff'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c45b1c34f5874bd6a2a1a33a1dd13963'
                        key: {
                            name: 'x_bu_itpartner_red_flag_import'
                            element: 'u_it_partner'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c498b57ad6b34b8c9248caa84ba0d6f6'
                        key: {
                            document_key: '0ee93b3a22ad4024a2c732d3ac824f67'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c4aad2dc9bbc4b61957877c5bc9b7940'
                        key: {
                            name: 'x_bu_itpartner_partner'
                            element: 'active'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c4af7f6998804ccc8995bc01306874ba'
                        key: {
                            document_key: '2c6a662df986411caa47560cc1c23a28'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c4dd97fa01614ff5ae3ed761505df145'
                        key: {
                            document_key: '9a525d2efd2444699fa0173aa393b69e'
                            variable: 'bb84ed825320220002c6435723dc3400'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c4eccb73c7f34707aa187b26eae77ae9'
                        key: {
                            document_key: 'bb33abbb0c7446aa9863a1f588185123'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c520cdaf4e55411cba5cc18038fa0480'
                        key: {
                            document_key: 'c60dea96939546899ef1e327d8d323e6'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c564bc7bf4b84e9c98d6dcf1ddb7c0f7'
                        key: {
                            document_key: 'a34da8c263c64a15b4e9f04c2b6d8c78'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'c56d51c193554520981503d4d4c99fa1'
                        key: {
                            list_id: {
                                id: '55a2fef665f94dbbbea48f9838d392ea'
                                key: {
                                    name: 'x_bu_itpartner_decision'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'from_group'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c5d708c20e4f474096fc9eb8ebc2be58'
                        key: {
                            document_key: '96c13e24e0904a3b9df241099a7afbdc'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c5df20d873e44fef90968f9740c6f616'
                        key: {
                            document_key: '33c2ad0f84564ecfbbc20966835dcefb'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'c616bbd1c52f4d1198241c604ba3bff5'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_5f2e0e535332120028bc29cac2dc34d3'
                            id: 'a7017f59281843b7861aa257086aae46'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c636b43048a645799d7dba0e71fbd58b'
                        key: {
                            document_key: '1532f2970dcb46918ea636b4b48179e0'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c654f3b86e9c4f428db44fc0443b743c'
                        key: {
                            document_key: 'cd40c9a5ea3f411f97aebf852f56187f'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c6607e24f9b847f393f8fb297619f624'
                        key: {
                            document_key: 'df54de4628fb4304b54ff0ff649c1be5'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c66afc86ff0e446898a4ca0f2c71a74e'
                        key: {
                            sys_ui_section: {
                                id: '44b8208dfb2e49b18b1b158a9d3e4395'
                                key: {
                                    name: 'x_bu_itpartner_route'
                                    caption: 'Escalation route'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'order'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'c67131eb2de040af9af71c8fc49d1e5c'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '8883bf127a4c4f57883c45c632b5bfeb'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c697fcaef3da4868a41e0da6721f7847'
                        key: {
                            document_key: '8dce4606276f4ff78948eb0d6e7939a9'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c6990ea1811a44b7b51b58859c97293c'
                        key: {
                            document_key: 'e7e33bb70e774aa5883f16e2a84ab88e'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c6db9d6cf356499780043a7140543c75'
                        key: {
                            document_key: '8cee98504c7a4406b9dacfb59fca656f'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c6e42b9a1187446fbd73e80217a69acf'
                        key: {
                            document_key: '1a5944af45da4118984484f22ffdb76a'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c705b6b756df4a14a997d8e27c80139d'
                        key: {
                            document_key: '2674736faf9a4d13b0e63908aae0a532'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c7110e737ac148bfa4e7e6ce4bb25c4d'
                        key: {
                            document_key: 'ec16d7c520ea47d8a82d598cac7e4744'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c71227605bfb456d877ce74442b7ed24'
                        key: {
                            name: 'x_bu_itpartner_route'
                            element: 'order'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c712ad5ed190466a99bd054a0acd3e33'
                        key: {
                            document_key: 'c6c660655ace4c5cbeef84f36b936c68'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c7677fa5574d4a208aeea4888172bb90'
                        key: {
                            document_key: '2203d8fdf6424fb695a17d93329d3806'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c7711f0a61c149a388ef804a7864e2c4'
                        key: {
                            document_key: 'de1b0764ce95446bbaa27ede24bb26ae'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c80017040d544adcb9b5c9fc4698f90e'
                        key: {
                            document_key: 'fd60102fbca14e20aae18a8ebdb406c2'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c8200ba89877402b832af44ad467a381'
                        key: {
                            document_key: 'bc9239eb6ede4b1196d7b7aa42149147'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c82517a4a28a4ae8ba4377374c10f876'
                        key: {
                            document_key: '5cb4e4c526404d709da6be9a381d075a'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c88e9d4184814ca8b3e0856c90db31b2'
                        key: {
                            document_key: '87627bdb6f114edaba4162f14e98b854'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c8940ca76dcc4e408e377463e14234be'
                        key: {
                            document_key: 'e260e4d20ae945bdb0143627249b053d'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c89bf00fb9e343fd96889d9ac7c9ecc7'
                        key: {
                            document_key: '3a050e6c9a974a38ba9ae54f01b30dfe'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c8dff31534994e9dbf287c9eb7aad3d4'
                        key: {
                            document_key: '0333ccf88edb444b8328151741ffb3a1'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c909821ab02c40c3ada6f41d15c0600e'
                        key: {
                            document_key: '0267f91f13294972a8aeed0c575ca729'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'c91b7e5959e94634bc8415a844d3e800'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: '6ddf88333d50476cb6b061b9cd2401a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c96f3ed838d04b3db88d7cd61abaf3df'
                        key: {
                            document_key: 'd4cecbaa05fa4a06bc00023daffcf05d'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c9760e9cb7ed4441b06aac9345b668d3'
                        key: {
                            document_key: 'c319f9ff45f64d22a8507ed1ac2ebf5d'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c982a4214c9a460285b126a15678186e'
                        key: {
                            document_key: '0ef2dfc04b7641bebb7b35cdf6b44a72'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c9858921cebd4740a0af536ead16f0b1'
                        key: {
                            document_key: '8391edef538d400f86c2c60af9a5d04c'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c98f15468ef7494e84d5f6f8deaba9a0'
                        key: {
                            document_key: '8391edef538d400f86c2c60af9a5d04c'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c999edfa4b67434ca593d449f5c25476'
                        key: {
                            document_key: '204db92bfd4e47e5ba4048fd6a9f0563'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c99cdbc8610543b9911cc8cf8ed40b7f'
                        key: {
                            document_key: 'e629eae74d344c2b9de1307b82401acc'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c9d3dbc2b3194dfa98e30f018504d876'
                        key: {
                            document_key: '92bb3f797137434f9cf8c5d22b6f0e23'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c9d8ec764aa74e2c82f528dc97373e30'
                        key: {
                            document_key: '2c96deca9968470a8eaea6cb5df08b2f'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ca386829d3a448ddb6ce19cd858c35b4'
                        key: {
                            document_key: '19aece9868404ef3b591478bd460d808'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ca406f43e48a4e9a80fa68540db9d06f'
                        key: {
                            document_key: 'bffa58a77e244b5391c7a09e58b1ccad'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ca4ba2b78d074c0fbca522729ece7ca8'
                        key: {
                            document_key: 'aadff4bd3503424db291a308d0e9449a'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ca4bb25913004fad82c82ad9bc52034a'
                        key: {
                            document_key: '28852d9312224b1997cbd2e0453051f4'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ca744c1cf1334ed79b0dd233c354ad36'
                        key: {
                            document_key: '22e9755f84af4c9dbb5d86a552a34a59'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'cb4e4f3998ab48f693ba9de7b34bd66b'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_5f2e0e535332120028bc29cac2dc34d3'
                            id: 'da783c8072ff4d81abc8a202b114a3ef'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cb510235de3b4d179a0473cf691646b3'
                        key: {
                            document_key: '8a42d0aa65df46f88e7ccb8218f00e85'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cb5be0fa004540c1a72887902dbaaf5d'
                        key: {
                            document_key: 'cd40c9a5ea3f411f97aebf852f56187f'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cb9bcb8dc80b42cabce93e2dcee5971e'
                        key: {
                            document_key: '5c3ff54b0e064adcb65cb790adf2af29'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'cb9cae7d85bc4d7a98ede4fad36cd95c'
                        key: {
                            list_id: {
                                id: '3c0e11b556df4e329087b2f4f1964810'
                                key: {
                                    name: 'x_bu_itpartner_red_flag'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cbbcbbe5a0f648609e970d2cf1562780'
                        key: {
                            document_key: '01e70e9370654285a5aceb7e07bbb3fd'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cbda512936c8491c82f4028495a538f9'
                        key: {
                            name: 'x_bu_itpartner_department'
                            element: 'department'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cc2713898f1c4f14a9d15199b3f27bd1'
                        key: {
                            document_key: '3c92f104df624558aa479b9800257493'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cc395d7a8c1e44ba9dcd9623dac74e73'
                        key: {
                            document_key: '783858a5d7824b73bae06f5a6147e6b9'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'cc3a2c48cebe488989e03644c094c98d'
                        key: {
                            sys_ui_section: {
                                id: '6e2f2c5bd0ff4b718fe196a438e3a362'
                                key: {
                                    name: 'x_bu_itpartner_department'
                                    caption: 'Partner department'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cc3dd73b3dcc4b728fbf24b852fe668c'
                        key: {
                            document_key: '450a7a196e0a440984db6ae075397c97'
                            variable: 'ad351a4e53a0220002c6435723dc34f0'
                        }
                    },
                    {
                        table: 'sys_transform_entry'
                        id: 'cc9330dc9b4d4a298a2b02d9dd15ca54'
                        key: {
                            map: 'd91996f02062467aacaf64a970e37af0'
                            target_field: 'sys_id'
                        }
                    },
                    {
                        table: 'sys_transform_entry'
                        id: 'cd193b814a8f41db96b9c9a7d26ee4fb'
                        key: {
                            map: 'ddaae0e6346d46be881d2dbe1a084b95'
                            target_field: 'note'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cd2682987e1a45d89ebbb3d1ebc90733'
                        key: {
                            document_key: '183b27f5f9894deb8b0841f5778200ee'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cd3c361be9ef45d0be983ea3f1808ef9'
                        key: {
                            document_key: '25bbf6eb225246b9b0c322584f937043'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'cdf5797e31994b10ae3c051b0df47491'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_5f2e0e535332120028bc29cac2dc34d3'
                            id: 'c304c1c9a122453db13820e0917efc60'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ce11157434714aafbeb091424806a857'
                        key: {
                            document_key: '1ca251d824d74fc588d1ec2ec1382949'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ce19af0d9e04493fb3e5cda54bb89a14'
                        key: {
                            document_key: 'a9deabfa439e46a6b0d6454db5d19a61'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'ce1c86c6f1674ce49c5c281f91958801'
                        key: {
                            logical_table_name: 'x_bu_itpartner_red_flag'
                            col_name_string: 'user,active'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ce36694fad68484cabe2f20b3f45fe4c'
                        key: {
                            name: 'x_bu_itpartner_decision'
                            element: 'to_group'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ce4402a9680140e5985dc82d8f23f669'
                        key: {
                            document_key: 'c3a35b23708c4092ae4fde540639de67'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ce8a75433ee64e86a130109921daf21c'
                        key: {
                            document_key: '48496d564f64472bbd0caab5514ed654'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ce8f3d9bc038426b83dae99fcb3506fe'
                        key: {
                            document_key: 'bb3ebfc99f294888abee8fd444966278'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cea11690bf4e45609f03bdae93f77933'
                        key: {
                            document_key: 'cdc62c5047784eb3baf25942c2e4e5d1'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cedc610f80454be69529064451980c4a'
                        key: {
                            document_key: '4af61b8afbb64b39a4a15e7968921538'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'cede90b1f98b4d399547e36c051de246'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'a926fd1d78114a1d8c269f1c39bd0cfd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cee94a3516e54540b20c6eb71d359972'
                        key: {
                            document_key: '5c3ff54b0e064adcb65cb790adf2af29'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cf012c7d568944b09917f86eb51eff03'
                        key: {
                            document_key: '146ceb5765994bf898b319cc68f82c4f'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'cf1079e18b69426fad8bee5e4d7d4bd9'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: 'b40f920043044a5a84e116f00bbe200e'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cf2e2dc36b9b400da3e1f72cdfd9a43b'
                        key: {
                            document_key: 'e7e33bb70e774aa5883f16e2a84ab88e'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cf76b78d9051481080a4d2c7a19307fb'
                        key: {
                            document_key: '2c6a662df986411caa47560cc1c23a28'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cfd6cf9512c14240a738495e22ed3df4'
                        key: {
                            document_key: '8391edef538d400f86c2c60af9a5d04c'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cfdb94ab84d5459bbff86ccc008e0065'
                        key: {
                            document_key: '3cbaa222a8464505b2d43fe7a5420bfe'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd002dc39af6446c383113d8119d1309a'
                        key: {
                            document_key: '127d40ff2e7f49e185eba2810a7a419e'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd0256c9cd7564bb2b1756ced5defa033'
                        key: {
                            document_key: '6e85b0c381434fe0909334ceb8c4cb50'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd02ed67a8cb04531a5e1774986d98931'
                        key: {
                            name: 'x_bu_itpartner_decision'
                            element: 'reason'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd08565fe4d8e4f5c80f319958bacaa94'
                        key: {
                            document_key: 'c33eacee624e41d794bf9917b445ffa2'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd09e25056ff34c338e0625a691bcb220'
                        key: {
                            document_key: 'b40f920043044a5a84e116f00bbe200e'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd0d11e0830ac437e81c34cce33651c62'
                        key: {
                            document_key: '1c2d377dd6e446eda03cef7f2c5eca2b'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd0e178f7180d4c858341d3feb01272ad'
                        key: {
                            document_key: 'aadff4bd3503424db291a308d0e9449a'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd1443f595d864de7a57e9ef1b38c7f81'
                        key: {
                            document_key: '22ec8bd0088c472fbe46812034425699'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'd1621c34c7b24d669fb41837007d4842'
                        key: {
                            name: 'x_bu_itpartner_department_import'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd19e030fd1824dd38df84dddd057e731'
                        key: {
                            document_key: '53871579b92c434d93f3412d5d73f083'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd1b4bd2e8fe949e38d25d73db7b9eb34'
                        key: {
                            document_key: 'c304c1c9a122453db13820e0917efc60'
                            variable: 'c2eb56e853422110248dddeeff7b1261'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd2080e73a28e4b46b7cf8f978aea507d'
                        key: {
                            document_key: '5465f083c73d4bc1b4d629d69f6f11ae'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd20b3dd08e99435082ad57f8d738eace'
                        key: {
                            document_key: '53871579b92c434d93f3412d5d73f083'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd21f907cb3294457b9f6f06aa9c8a5ea'
                        key: {
                            document_key: 'a83f146c4f3a446b95aa062bc79d1254'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd268555e892e42e49c5d7ba6f27fce5b'
                        key: {
                            document_key: '926a660437f345c3b3a83b23a69d2944'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd287e12391644be8adcb57fbc33b560e'
                        key: {
                            document_key: 'bb51985d3ebc4843ad94220386f08b3f'
                            variable: 'b3dba2465320220002c6435723dc34f0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd29d702c0d04466481f85916f3ed33cc'
                        key: {
                            document_key: 'bc6fa797d7bd4ad58713cfa1ef2e8a28'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd2b38090b34d46049e8d11ba9b3298f2'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '3b0da296c9e54e18a1e1e6860ce10140'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd39d8276e8cc400e96480d2bb5b0b27b'
                        key: {
                            document_key: '6c4c7392c31245a98f0de3b7cad84862'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd3cf05183c7f4706b535bf62f8c0e194'
                        key: {
                            document_key: '4c260a7e6d8d4155a193837acb120f8f'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd3d9dc6716184228b29ef3bde551a3c5'
                        key: {
                            document_key: '70256bceeb0a4bde931eec3c018e1b8b'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd3e650c20d0f4e979d321f2cd24081f1'
                        key: {
                            document_key: '6c4c7392c31245a98f0de3b7cad84862'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd3ecfa4f5c2646f49d2bf491b9e0a1a3'
                        key: {
                            document_key: '7735fe17cef24031b392d3119f20f09c'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd41e5b06a2e44a58b6ed890bce586e21'
                        key: {
                            name: 'x_bu_itpartner_partner'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd429128a3eff489895cee5d5949689d4'
                        key: {
                            document_key: '73ec44c963754d878f4c8e9baf65dd80'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'd473dcfc7f7840e19956eab91200d36f'
                        key: {
                            sys_ui_section: {
                                id: '6e2f2c5bd0ff4b718fe196a438e3a362'
                                key: {
                                    name: 'x_bu_itpartner_department'
                                    caption: 'Partner department'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd49a3e4ef88e4cfb9c74997bcaddca05'
                        key: {
                            document_key: '49906c62a63141cbb1b5487b6c6fd5da'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd49f6f27b96d495b8481fa43a32cdd81'
                        key: {
                            document_key: '3ab519689d804e00a8cfbfeb0cdccb2a'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd4bfbbcc31ba4a5ab02846fb19fc0974'
                        key: {
                            document_key: '86316f63d9ab4f6f9243f4fe03adb063'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd4db2305b30f4d4abeac24b788a9e89b'
                        key: {
                            document_key: 'e1e593dcdd0c441b99ffc5f86e9c0ddc'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd4e67a47953f4a10a664611c7918257a'
                        key: {
                            document_key: '94a8d064e6c74f0c9477a1e0996d9366'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd4eac4ce06d249f39130c1e1c237795c'
                        key: {
                            document_key: '926b2793473b47bf96b07537feb308ec'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd507c4b36f25459bbf6d31b89f2c7dcc'
                        key: {
                            document_key: '4bdb04826f524dc1a4d571bc7d5f83b8'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd52f28772c874692854a416d24d4edfa'
                        key: {
                            document_key: '73ec44c963754d878f4c8e9baf65dd80'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd57ce93daa2842358224c6823fcc3c39'
                        key: {
                            document_key: '623f6d2f722a442b85dd55ef77800ee1'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd617e4cc576140c5b0f5f9a71878c6d5'
                        key: {
                            document_key: 'e1e593dcdd0c441b99ffc5f86e9c0ddc'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd63a0942fe3e40c890fa0c594b8453fd'
                        key: {
                            document_key: '9b969f76316d468b8de42b7af725c7bb'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd678b0196cb34a48bfe92a227c027c6c'
                        key: {
                            document_key: 'ede258c25a0b4c309c09ddc311710bdf'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd68c571a8fd24e28bc517e41448d230e'
                        key: {
                            document_key: '19aece9868404ef3b591478bd460d808'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd68d64d2d77d4e8d8e0d1b06d724b5cd'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: 'ede258c25a0b4c309c09ddc311710bdf'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd6af04f2abc847b99c9011587c75b6a9'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '86316f63d9ab4f6f9243f4fe03adb063'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd6c19911696d4e9db18e77e438bb1b09'
                        key: {
                            document_key: '8957bd41edf245df80fbb93ade5085f4'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd6d32fc692154113863a6fa6d4edb0fe'
                        key: {
                            document_key: '1c2d377dd6e446eda03cef7f2c5eca2b'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd6dfe4f13a2444ac9d62234d55713104'
                        key: {
                            document_key: 'aadff4bd3503424db291a308d0e9449a'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd71da3a595bb4391b0e9abd7c46a6d39'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'b597871a7d494e3b814368edc645a603'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd72c496246ed45e69e28094e0dabffc1'
                        key: {
                            document_key: '5465f083c73d4bc1b4d629d69f6f11ae'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'd74e1f550b004e9aa7d527dbff60c5b5'
                        key: {
                            sys_security_acl: '83a0a591e97d48818faad29d92be80c1'
                            sys_user_role: {
                                id: '419c6d4e5dc448fa8657898bc3f3ff1e'
                                key: {
                                    name: 'x_bu_itpartner.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd76ce29c02ee44a99e6a755912c1a77e'
                        key: {
                            document_key: '062b0d8be3fd4eb2895ca7375b54ca32'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd7d970a2bcd14f5ebd9ef209ab45e8b0'
                        key: {
                            document_key: '54cf28f153804636bdbdc59bda10a8a1'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd7e3dbaa421441f28bcd0f08fdd1d388'
                        key: {
                            document_key: '3b0da296c9e54e18a1e1e6860ce10140'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd8ad660b9d1d4adfbd2d9cc2badf5684'
                        key: {
                            document_key: 'a12d49076e324f02bb3b3d4928bf0897'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd8afc33df69c4c5d81da5a2ac0d8ee30'
                        key: {
                            document_key: 'f7537119f5264c7781090d8a749ebd4e'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd8f840e085e34eb6ad83a81df81c62bb'
                        key: {
                            document_key: '0333ccf88edb444b8328151741ffb3a1'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd90f8b65eb7c4c5091dcf91d6ac58723'
                        deleted: true
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_bfb48f59ffdf3210f972ffffffffffb3'
                            id: '36b9b9d6f1a949bd86f9092042a85d80'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd92a99b6c2744e799100033ab8b2bfeb'
                        key: {
                            document_key: '7bc731c89fd7400fa9f1f6da6a9081b1'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_transform_entry'
                        id: 'd930491661054141a6b558c1a1100045'
                        key: {
                            map: 'd91996f02062467aacaf64a970e37af0'
                            target_field: 'department'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd982c624c58b435897c7710c53ef3b13'
                        key: {
                            document_key: '85953700f77f4a60b81b2eee00180a87'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd988a151eb094cfabc25e6b77b822d33'
                        key: {
                            document_key: 'f1025bd705904ce480943679a1a033ff'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd9adffb3585640e6bf291293ca21828b'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'b144809924a3464caa13d9d08ffe8ab8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd9b791261238426a85868b320e03b770'
                        key: {
                            document_key: '6c10e47b89e149668f3f45648adbcb13'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'da277403a0be47d4a400a49bf41ab4bc'
                        key: {
                            document_key: '57ff0ae86f5a4e27a591e70cf4b989d5'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'da33d799b610482898bdc8a12eabe6e1'
                        key: {
                            document_key: '394078634a3f4926b6996cce13ca77d0'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'da484c2e9cc342f8b4ac0739fbe9c8bf'
                        key: {
                            document_key: '8957bd41edf245df80fbb93ade5085f4'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'daaad15a2bea45468e787d49b7e2fa61'
                        key: {
                            document_key: '044e742a37d549f582c97d48c52f1b58'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'dabe89c448284d5799bdb2a6f6d52c68'
                        key: {
                            sys_ui_section: {
                                id: '44b8208dfb2e49b18b1b158a9d3e4395'
                                key: {
                                    name: 'x_bu_itpartner_route'
                                    caption: 'Escalation route'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'active'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'dada15570e894d3694467aa59a77d673'
                        key: {
                            sys_ui_section: {
                                id: '44b8208dfb2e49b18b1b158a9d3e4395'
                                key: {
                                    name: 'x_bu_itpartner_route'
                                    caption: 'Escalation route'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'description'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'db55a68c74d94f429ce7d9938fadb695'
                        key: {
                            document_key: '84338b66ee7b40ad9dcd7ae2f631c5c4'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'db907c52a17249079e5560d6d7f9726c'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '9f989833dd4640c6a057802ddeac8e46'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'db9a0aa247f4494cbc860b9f549e1715'
                        key: {
                            document_key: '8ae7f63960dd4c8fb039334f49ef896e'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dbace2dd151345d79a522f9738725606'
                        key: {
                            document_key: '450a7a196e0a440984db6ae075397c97'
                            variable: '74d6e7a0a3023110571967d1361e616b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dbb7777815424c998617fcacd68c0e59'
                        key: {
                            document_key: '484efa5436ab47c7be8332eca70b378e'
                            variable: 'ae8b91c9ffa333008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dbe2f075501e4376b1b7082392615284'
                        key: {
                            document_key: '3bd07409efad49e4af5353ccab49139a'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dc0952c3ba2f43de96be4b73201f5ca9'
                        key: {
                            document_key: 'eeae603b491e45fa89647397b5f174f3'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dc2f9a23afcd4c90bf9ffcc2637b03da'
                        key: {
                            document_key: '43ef102fbabc4de19360ca15654c41b1'
                            variable: '6e55da4e53a0220002c6435723dc34a0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dc9777b3699f4321a50b8f2e4e76489d'
                        key: {
                            document_key: '93bb32fbeb764ffd90f4c5d628cf17cb'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'dcbf0ba71882418883aa4cb98ac6d965'
                        key: {
                            name: 'x_bu_itpartner_decision'
                            element: 'signal'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dcd05206ca40413fa3b055d23ae6a4fb'
                        key: {
                            document_key: '01e70e9370654285a5aceb7e07bbb3fd'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dd098787ee9b4bb78baa3c5439eaf8a9'
                        key: {
                            document_key: '42116337d6514011a47c697eac677585'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dd438b6b227e47b2b58422c73dc05906'
                        key: {
                            document_key: '1cf7a90a4ff840069eca37cb98190a7a'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dd44502d3a2b4437a230012d1505e1db'
                        key: {
                            document_key: 'e663c55c87e545acb599c2a21bac5795'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'dd4adfb2aeb7451e977dbc6bbf1c9756'
                        key: {
                            sys_ui_section: {
                                id: 'fd4d7c1deb6f45feb19ccad1711c9cd9'
                                key: {
                                    name: 'x_bu_itpartner_red_flag'
                                    caption: 'Red flag'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dd813f5fb8764bdeb134342472a5093b'
                        key: {
                            document_key: '2e2b662a81f84c98862c996475b679b4'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ddca2a571e2e41088dddc840e89a2510'
                        key: {
                            document_key: '876573b368a74422a9d0fb1354498814'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ddf4169dd02c48e7a1bef418c7ea3945'
                        key: {
                            document_key: '4c260a7e6d8d4155a193837acb120f8f'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'de730d0870f94ffe99194fd746f98c27'
                        key: {
                            document_key: 'a86dea3fe0204e71a8fedaa122c6b55c'
                            variable: 'ae8b91c9ffa333008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dea36d0cfc1f4e13b6d11380484617d8'
                        key: {
                            document_key: 'fad51f0eea0541b3b5f7d3c7b4bb06e5'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'df02e476f6e0474c9a12483da03104cf'
                        key: {
                            sys_ui_section: {
                                id: '75ea923b67f14db198f36f84c99f84dd'
                                key: {
                                    name: 'x_bu_itpartner_decision'
                                    caption: 'Routing decision'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'to_group'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'df4516b7894a433c8af1f63f032b283f'
                        key: {
                            document_key: '34b6a2d8fcb345088809685ee1b31cac'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'df765dbf011f4c6a9a71bb1d0c661ca5'
                        key: {
                            sys_ui_section: {
                                id: '312e4cf674c94384a371ded7c1464382'
                                key: {
                                    name: 'x_bu_itpartner_partner'
                                    caption: 'IT Partner'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'active'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'df92b779b97f48688035f12b96b2a29d'
                        key: {
                            document_key: 'b1d66f9225cc47d4af3c97833cf7d9b1'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'dfabdd1db5a64af69bae2f4eed19028f'
                        key: {
                            name: 'x_bu_itpartner_partner'
                            element: 'support_stream'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dfb2e5e6b2b948189fc5d5ee9b2a8657'
                        key: {
                            document_key: '2fc312e871c84a448aa4b71f60854bdd'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dfc184a4eaea47d48e3710ba75744273'
                        key: {
                            document_key: '9162846b07704fd2ba09801f7d29447b'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e014e25225ca4618a005d195dd840556'
                        key: {
                            document_key: 'da4845f601fd45bcbbaba0306a6d88f4'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'e026b78072604549844c182838beeb58'
                        key: {
                            sys_security_acl: 'fb3ddeeaaa4b48bbb43d12f7c84a4949'
                            sys_user_role: {
                                id: '419c6d4e5dc448fa8657898bc3f3ff1e'
                                key: {
                                    name: 'x_bu_itpartner.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e02be18e7c3b4b32a8c73ce27b086979'
                        key: {
                            document_key: '8b4e8cca959f47e781cf345ba7fb8273'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e04611b6865f4da5a0fb4cdb3e980e52'
                        key: {
                            document_key: '1cf7a90a4ff840069eca37cb98190a7a'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e0541726e6bd4707859e8702af93a71c'
                        key: {
                            document_key: '8dce4606276f4ff78948eb0d6e7939a9'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e07671de738f4e2ca748736da1ef8189'
                        key: {
                            document_key: '394078634a3f4926b6996cce13ca77d0'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e07cf5eedde14d1c88ca4b95e78a77f4'
                        key: {
                            document_key: '7cb823fb6d4d44c4bb7642f77711c905'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e0b9ecd3565d4519b533801fa6abaf38'
                        key: {
                            document_key: '9b969f76316d468b8de42b7af725c7bb'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e0bc942e02b64ee6be058dfa7fac8134'
                        key: {
                            document_key: '851d74f32b7e4b36b1356cadcd20fcf3'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e0c0dc12c53a4df3a53caa9c82a88730'
                        key: {
                            name: 'x_bu_itpartner_red_flag'
                            element: 'partner'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e0e4984d38f645f690470e7f095d4e32'
                        key: {
                            document_key: 'c6c660655ace4c5cbeef84f36b936c68'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e0efbf9d3fc14894b25eeeb171a790b9'
                        key: {
                            document_key: '94fdc941bd2245638c6a047337d62fcc'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e0f12a4e5aaf4303a1f3947f2771cf81'
                        key: {
                            document_key: 'c319f9ff45f64d22a8507ed1ac2ebf5d'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e0fe657b9cfc4674ab89ec74270c2048'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '54cf28f153804636bdbdc59bda10a8a1'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e11da33c98f24abd891f622b12ed242c'
                        key: {
                            document_key: '0ef2dfc04b7641bebb7b35cdf6b44a72'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e134c21813314f8f888ce108553dbb7e'
                        key: {
                            document_key: '60b576ae4cf8401fa4206cb6a0b155c0'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e13bb6c24fc941f1b159d73fcf14a900'
                        key: {
                            document_key: '18ed72cc08344116bfe308a437d5f530'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e178a78ad7144d2d9299a1ecebf49fec'
                        key: {
                            document_key: '64a90c61530c45e1aeabe0c3cd9e9619'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e197af3463bd41c0a5b14d9c395cc45f'
                        key: {
                            document_key: 'e6c10a27a51f46d9911797c64ccf36d3'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e1b82504a4944148844c9c9d901d8504'
                        key: {
                            sys_ui_section: {
                                id: '75ea923b67f14db198f36f84c99f84dd'
                                key: {
                                    name: 'x_bu_itpartner_decision'
                                    caption: 'Routing decision'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e1c953e7f77e4e138dc448a5ec7c0f1b'
                        key: {
                            document_key: '60b576ae4cf8401fa4206cb6a0b155c0'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e1defe811c1e4b498841e6f5bbe18494'
                        key: {
                            document_key: '572d8b5fb7b04c119bbcff4fb5260be9'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e1ff8ea5bc094419a82594703d8c7063'
                        key: {
                            document_key: '53871579b92c434d93f3412d5d73f083'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e20a29182f06452389518e1001b6cfc6'
                        key: {
                            document_key: 'ce9b01a4eb36422cad8de2b003d71866'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e2148666814f4c18ba81475ab1d36d7c'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '3c147536dc914dcabfbcc8c270f40ee1'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'e2261889f1214f75988936dea60bbcf6'
                        key: {
                            list_id: {
                                id: '5404538d124c4c448053ef6c59b855f1'
                                key: {
                                    name: 'x_bu_itpartner_department'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e23f851b71ba4c53989e683402923e1a'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'bb33abbb0c7446aa9863a1f588185123'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e26638a25f464511b8ab4557ca555d72'
                        key: {
                            document_key: '92bb3f797137434f9cf8c5d22b6f0e23'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e2c100b63cb14df08e847bd1fcb455ac'
                        key: {
                            document_key: 'bb33abbb0c7446aa9863a1f588185123'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e2cad1076aa34dbfbf5f61365d7c6ab4'
                        key: {
                            name: 'x_bu_itpartner_route'
                            element: 'description'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e30cde9739044b8caefa20e1e59ec7b0'
                        key: {
                            document_key: 'dc361145d1bb42c8886d5c385dda5cb7'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e35bdbb60d634500b818f10297aa75c7'
                        key: {
                            document_key: 'acbd8586875843c995ff366b1c8cc5cc'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_transform_entry'
                        id: 'e35cdb44970e441d951551cb4a32f71a'
                        key: {
                            map: 'ddaae0e6346d46be881d2dbe1a084b95'
                            target_field: 'user'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e37832e896fd4023ae0cb1619b0f4c19'
                        key: {
                            document_key: '8391edef538d400f86c2c60af9a5d04c'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e37e697fc5f44da186bbe581450eec0f'
                        key: {
                            document_key: 'c9b726daf64a45af8ba59a935976e476'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e390b13cf2de4121bc9d70ced3f584e9'
                        key: {
                            document_key: 'e663c55c87e545acb599c2a21bac5795'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e3a24868c0724d3e9fa6f0eacfc660de'
                        key: {
                            document_key: '6c10e47b89e149668f3f45648adbcb13'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e3db0f11471f4f37a644bf6a725b5067'
                        key: {
                            document_key: '3909c1a5d7c349c2af7cb4f143f55db3'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e3f7952792c8476fa3ce2b8a60e4986f'
                        key: {
                            document_key: 'ade80828fe014cbb9b34001b60ea7167'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e40d1b0128544daabd57f2bc73bd916e'
                        key: {
                            document_key: '783858a5d7824b73bae06f5a6147e6b9'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e43ea18dca60490cbc5ef9e3984621f3'
                        key: {
                            name: 'x_bu_itpartner_decision'
                            element: 'task'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e450e393593c4bd5aa70101c236d4307'
                        key: {
                            sys_ui_section: {
                                id: 'fd4d7c1deb6f45feb19ccad1711c9cd9'
                                key: {
                                    name: 'x_bu_itpartner_red_flag'
                                    caption: 'Red flag'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'a170e058d87441c9ad8cdacd4cff5103'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e4a53133daef4da09c76b39498270baa'
                        key: {
                            document_key: '3b0da296c9e54e18a1e1e6860ce10140'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e4b37cd410ca45b5aa9cbd5e90ba155b'
                        key: {
                            document_key: 'ed6c76e885c24e9cb254c3d1cd365345'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e5030e6aac6a4cba88ac710af2f7de18'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '6e85b0c381434fe0909334ceb8c4cb50'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e51987dd9fb04efa82412799a07f2609'
                        key: {
                            document_key: '5700e4d38ab048ad8b2fded21e353c2f'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e53d42e2d76940259c90fbee87aa9510'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '623f6d2f722a442b85dd55ef77800ee1'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e592f63f9f3743508412906267a70e68'
                        key: {
                            document_key: '1532f2970dcb46918ea636b4b48179e0'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e5a489e72db745da879e02332827ff65'
                        key: {
                            sys_ui_section: {
                                id: '6e2f2c5bd0ff4b718fe196a438e3a362'
                                key: {
                                    name: 'x_bu_itpartner_department'
                                    caption: 'Partner department'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e5b0e4fc42b543ce8cc0ca04f7ccb863'
                        key: {
                            name: 'x_bu_itpartner_decision'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e5b589fb508e45a48ea302c6d79e2e73'
                        key: {
                            name: 'x_bu_itpartner_partner'
                            element: 'contact'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e5c124173d3f4e148863aebc30df6003'
                        key: {
                            document_key: 'c33eacee624e41d794bf9917b445ffa2'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e60af4a9364548baa05287abc01f9cc8'
                        key: {
                            sys_ui_section: {
                                id: '312e4cf674c94384a371ded7c1464382'
                                key: {
                                    name: 'x_bu_itpartner_partner'
                                    caption: 'IT Partner'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'contact'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e613418483c5410488182cc451e9d0d7'
                        key: {
                            document_key: 'aadff4bd3503424db291a308d0e9449a'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e649c8d215f64b3aaf4437ac3e8de27b'
                        key: {
                            name: 'x_bu_itpartner_partner'
                            element: 'support_group'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'e64a929d30274af8a1dad93751205010'
                        key: {
                            sys_ui_form: {
                                id: '45bfb5332e1b4e778437d5f70006a607'
                                key: {
                                    name: 'x_bu_itpartner_department'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '6e2f2c5bd0ff4b718fe196a438e3a362'
                                key: {
                                    name: 'x_bu_itpartner_department'
                                    caption: 'Partner department'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e64cafc689ba4a69b6bde63c1c76b51a'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'f181e52414df43ae89cee465a424d7f9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e679cc8cdbac4a2f9b033d71df07f2c4'
                        key: {
                            document_key: '8a15c2c0e1174b24b712c33fcc6121a7'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e6a2e5f929324486a054eafac439de0d'
                        key: {
                            document_key: '7735fe17cef24031b392d3119f20f09c'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e6a52fe53ee149bc963d3e973234320e'
                        key: {
                            document_key: 'b35aa03d5bd547bc83457079caa2f602'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e6c6014278de4deab64ff11a04f0e155'
                        key: {
                            document_key: '53871579b92c434d93f3412d5d73f083'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e6d9d81282a4434086b6f2a461014817'
                        key: {
                            document_key: '9162846b07704fd2ba09801f7d29447b'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e7122155482c427892c371913a28c210'
                        key: {
                            name: 'incident'
                            element: 'x_bu_itpartner_ping_pong'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e7493e0578ac4a739ce511200435d343'
                        key: {
                            document_key: '36178026fa0e4d29bf8cda08baed3e41'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e78f000fed8e480e830f728789a59c32'
                        key: {
                            document_key: '5acc894e3d74491d9c1c3847536df7c0'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e79b9082bf284fc3b01838a730039d80'
                        key: {
                            document_key: 'f32a34cbee7f4409b502b9a8e2529f74'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e7a2c74c39d5474c97238c6596e91c77'
                        key: {
                            document_key: 'a9deabfa439e46a6b0d6454db5d19a61'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e80c3ad73e694c3fb5f1a8906d2d6c1f'
                        key: {
                            document_key: '2203d8fdf6424fb695a17d93329d3806'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e81834f879994b789096229b6f34de02'
                        key: {
                            document_key: '43ef102fbabc4de19360ca15654c41b1'
                            variable: 'ad351a4e53a0220002c6435723dc34f0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e8184b55c9124cf0ba6b367b4f64dc79'
                        key: {
                            document_key: '07fc43d8d0b44cea8876235579bb980b'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e83d863150d54e95870674992c6fb232'
                        key: {
                            document_key: 'ca7ef6b272ce4076bf6d92b73bed5c73'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e858349e3caa4185865cda99c78c2b66'
                        key: {
                            document_key: 'c5cfec5f4a30450789be226ea2115f3a'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e87395c1342c4b71aac1656f6d6d80f5'
                        deleted: true
                        key: {
                            document_key: 'b144809924a3464caa13d9d08ffe8ab8'
                            variable: 'e216835dffdf3210f972ffffffffff53'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e8a05ea24b1946f9aa6d10197d9b5956'
                        key: {
                            document_key: '8b4e8cca959f47e781cf345ba7fb8273'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e8b0d67069b44e70a05ff4abdef0814f'
                        key: {
                            document_key: '2d0e5c01f7b44adb8d613b13debf2471'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e8ce364a8445447c8cc9467d833e125e'
                        key: {
                            document_key: '6f1b5e900ed14475a4c29261119b1265'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e900d2b5e0674981b26727a75dcb5bfa'
                        key: {
                            sys_ui_section: {
                                id: '75ea923b67f14db198f36f84c99f84dd'
                                key: {
                                    name: 'x_bu_itpartner_decision'
                                    caption: 'Routing decision'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'reason'
                            position: '11'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e902bee0d1814a2bbf938345264d4e24'
                        key: {
                            document_key: '5583c05130994ea2a3505b5f7908a1a2'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e9424d7b5cd14fb686ac48b7710f9d1b'
                        key: {
                            document_key: '47a67da2d27f46d1a1b450867c1f6232'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e95386d64727477980942734e6c61154'
                        key: {
                            document_key: 'a7017f59281843b7861aa257086aae46'
                            variable: '17d732a9c7a333005e5c45b881c26007'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e96342450f77459b8cb86ec7fe31f645'
                        key: {
                            document_key: '6b5e128468e2493c822fcc9828dcef17'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e98b890a511945a28e41b962509e6af2'
                        key: {
                            document_key: 'c304c1c9a122453db13820e0917efc60'
                            variable: '17d732a9c7a333005e5c45b881c26007'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e99e0dbdb2b0437b90aa19f6f4cbe9e8'
                        key: {
                            document_key: '1cf7a90a4ff840069eca37cb98190a7a'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e9bf0ee2534942c086a33cb61441ddf8'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '6c58159e066a4f2f832932ba644a2e56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e9d7a312e3ae4d4e91176b57270e4ef3'
                        key: {
                            document_key: '3d8c4902ed5647209c1e50812c7659d0'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e9f242b6a59a47d49e3849fbec6aae9a'
                        key: {
                            document_key: '2fc312e871c84a448aa4b71f60854bdd'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ea287827de8840e68e75c12a60ba62ec'
                        key: {
                            document_key: '34b6a2d8fcb345088809685ee1b31cac'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ea2d2458435c42e3ae2cec61164065ed'
                        key: {
                            document_key: 'e5ffa47e401842fd9fa1c1075d928ba8'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ea3c2f5d38624411ae1b9581bbece4ff'
                        key: {
                            document_key: 'df8377cdd85d41c9b92542dc25e705d3'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'eab45656689446c6bcee3b634b57ec90'
                        key: {
                            name: 'incident'
                            element: 'x_bu_itpartner_hops'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'eab73d1c6c7e4a3caa9d7243833d819a'
                        key: {
                            sys_security_acl: '2f9efc71041e496a9ba5fcd395269f19'
                            sys_user_role: {
                                id: 'f3611dd43406472eb40747ed3b270a87'
                                key: {
                                    name: 'x_bu_itpartner.reader'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ead030b30311486e9698ed21bce4e81f'
                        key: {
                            name: 'x_bu_itpartner_department'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'eae0de749ece4322a4f7857a9493fb21'
                        key: {
                            sys_ui_section: {
                                id: '75ea923b67f14db198f36f84c99f84dd'
                                key: {
                                    name: 'x_bu_itpartner_decision'
                                    caption: 'Routing decision'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'task'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'eb0745bc828041fd9a20507240ef2537'
                        key: {
                            list_id: {
                                id: 'b01e06b0c80c4fd58bc723535ce402ed'
                                key: {
                                    name: 'x_bu_itpartner_route'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'table'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eb0d3c809d7a4435933ce49aa125ddef'
                        deleted: true
                        key: {
                            document_key: 'ce9b01a4eb36422cad8de2b003d71866'
                            variable: 'e216835dffdf3210f972ffffffffff53'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'eb33d552a0924ee1bde83d6e10752ce0'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '8adffdbdb2b3469996152f70ddfb7839'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eb503151dd5946d280d9ea5affe96848'
                        key: {
                            document_key: '783858a5d7824b73bae06f5a6147e6b9'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'eb588db29cb141039ff21275ffe0acdc'
                        key: {
                            name: 'x_bu_itpartner_department_import'
                            element: 'u_department'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'eb75a9940467454a9c8ca03704a2bcf0'
                        key: {
                            name: 'x_bu_itpartner_red_flag_import'
                            element: 'u_active'
                            language: 'en'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'ebb93f096f3a49a3883b3d2b5450ec8a'
                        key: {
                            name: 'x_bu_itpartner_partner'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ebef29afd8194fc0b448afae3c7d3d54'
                        key: {
                            document_key: 'f68e8ca695894a56b66d6af5c4e41b97'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'ec1e6c0f0f95421dab31bfe996c63811'
                        key: {
                            sys_security_acl: '94d83ee261864b34b9d938ca829a6a16'
                            sys_user_role: {
                                id: '419c6d4e5dc448fa8657898bc3f3ff1e'
                                key: {
                                    name: 'x_bu_itpartner.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ec526dc35aa546f5ae7198547055d723'
                        key: {
                            document_key: 'a7017f59281843b7861aa257086aae46'
                            variable: '74d6e7a0a3023110571967d1361e616b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ec5e060166c84281b5abe8994a34ca44'
                        key: {
                            document_key: '6b5e128468e2493c822fcc9828dcef17'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ec60f8f657c647f593d72d439896d730'
                        key: {
                            document_key: '9ba0b7378fd54c57ae28de9a8c8bdbed'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'ec627fe242d449c6834ff41eb722e2c3'
                        key: {
                            sys_security_acl: '9019b1d0579a45508bbbbd7e7a63d112'
                            sys_user_role: {
                                id: '419c6d4e5dc448fa8657898bc3f3ff1e'
                                key: {
                                    name: 'x_bu_itpartner.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'ecbb0d77fed748708c7cbd04004fc469'
                        key: {
                            sys_security_acl: 'a9012cadd8ba41e99e8f71a648f92bcd'
                            sys_user_role: {
                                id: '419c6d4e5dc448fa8657898bc3f3ff1e'
                                key: {
                                    name: 'x_bu_itpartner.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ecd7dfc6f37c400da200a99577bde868'
                        key: {
                            document_key: 'bc6fa797d7bd4ad58713cfa1ef2e8a28'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ed0c7746017b481db20bc37c18d823e9'
                        key: {
                            document_key: '2a3e9b42d8524d05b2dd2be438e08bdd'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ed32840590624b2e8e03c567147cef51'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '785e0c66ed6f4fb2b6a77193fe7aae64'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ed3a855bb3c34fa1bd946377f8f1bef2'
                        key: {
                            name: 'x_bu_itpartner_decision'
                            element: 'signal'
                            value: 'partner_opener'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ed62395ab597441d89d362b77360d47b'
                        key: {
                            name: 'x_bu_itpartner_decision'
                            element: 'outcome'
                            value: 'error'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ed6692c383f94a62807622cadc852d56'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: '232935bc2796413db9d28aecd03786b7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eda1accd82134004b6838b24256c5c32'
                        key: {
                            document_key: '345c1c109ea542f2851bc5de53b205d2'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eda6f6acae594b4c80961e10de24e8af'
                        key: {
                            document_key: 'a34da8c263c64a15b4e9f04c2b6d8c78'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ee0cbcd48cd34d2182f1b84cc3d44119'
                        key: {
                            document_key: '5acc894e3d74491d9c1c3847536df7c0'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ee10b1cd5634493e92246d64978159da'
                        key: {
                            document_key: '1f80d9cc73fa4a99954e2f8289c10329'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ee34368e948944bbbc736e59f00bb0a5'
                        key: {
                            document_key: '876573b368a74422a9d0fb1354498814'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ee725c06a2e04445b67f76e113eabf2f'
                        key: {
                            document_key: '7f246e98a3944b2da79a8fd5675f9170'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'eeb12eb5cc954b9b996c03a6f24e8e71'
                        key: {
                            sys_security_acl: 'e22aaf2f6ddb477ba35dc99445fbd751'
                            sys_user_role: {
                                id: '419c6d4e5dc448fa8657898bc3f3ff1e'
                                key: {
                                    name: 'x_bu_itpartner.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eebf8d7604ea47669c716061016f7631'
                        key: {
                            document_key: 'e31781d0403c4165ba2a052f5ce48491'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eefc74e2be764f459cd0d6f6ed90e813'
                        key: {
                            document_key: '2fc312e871c84a448aa4b71f60854bdd'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ef0ab56724594631b7ae27b5b17cd42e'
                        key: {
                            document_key: 'e93c2dd2777f43259c66cd714116a81b'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ef22b80029534a80bbcb0fc46928ad61'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '8a42d0aa65df46f88e7ccb8218f00e85'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ef493da6f8d6458b892578b60b5e2c57'
                        key: {
                            document_key: '6f267f9a145f45be951113fdfd3bbe0f'
                            variable: '946f3c1a0f23330072e6452bc4767eda'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ef4d8b67ac674f45b4f3461255a2234b'
                        key: {
                            document_key: '84c2df9a3068491cbb4e4cac58518be2'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ef4e7937ea9f47809c9da23da673d06b'
                        key: {
                            document_key: '785e0c66ed6f4fb2b6a77193fe7aae64'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ef5c96fd1b2f4d0c937ae72a505e9b45'
                        key: {
                            document_key: '6e85b0c381434fe0909334ceb8c4cb50'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ef705f76e99e47d79d9c189cd043a465'
                        deleted: true
                        key: {
                            document_key: '36b9b9d6f1a949bd86f9092042a85d80'
                            variable: 'e216835dffdf3210f972ffffffffff53'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'efbb5f8fbe184a96b81ac6e65e71ecbb'
                        key: {
                            name: 'x_bu_itpartner_red_flag_import'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eff02538c2e94da48cf2bfa4c6f637bc'
                        key: {
                            document_key: 'da783c8072ff4d81abc8a202b114a3ef'
                            variable: 'ad351a4e53a0220002c6435723dc34f0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'effff2dbc6434a4a91e495a43938bde3'
                        key: {
                            document_key: '2d0e5c01f7b44adb8d613b13debf2471'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f0049ba38bd24a7d9d3bab7bda0a947c'
                        key: {
                            document_key: '3c92f104df624558aa479b9800257493'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f0150c9a61f9429492f9bf373f60af30'
                        key: {
                            document_key: '9f989833dd4640c6a057802ddeac8e46'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f016bc4544934cf1be56044ccee75de9'
                        key: {
                            document_key: '5acc894e3d74491d9c1c3847536df7c0'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f05d0114c1f94a52899e8120461700bb'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'd5bdf45a57ad4b7c8244e4574075b5a9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f09cc606c7a8407dbef57b5da7ba8ee3'
                        key: {
                            document_key: 'df8377cdd85d41c9b92542dc25e705d3'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f136626c1008485595fcbf17fb0a8f29'
                        key: {
                            document_key: '34b6a2d8fcb345088809685ee1b31cac'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f1399a87269446acb79657a4c01d933e'
                        key: {
                            document_key: 'b40f920043044a5a84e116f00bbe200e'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f15e03d9cb76483e8f61e7e50cd0738d'
                        key: {
                            name: 'x_bu_itpartner_department'
                            element: 'active'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f24fe797c3db432f99e71c5cf9899dbc'
                        key: {
                            document_key: '044e742a37d549f582c97d48c52f1b58'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f29240fef96141a19953b114c5aae7fc'
                        key: {
                            document_key: 'd4cecbaa05fa4a06bc00023daffcf05d'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f295a5e3127d4779bfced7991e8b1715'
                        key: {
                            document_key: 'a100bdcb342a48788e8ae5732366cfef'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f2c95574c8964a26a2648c8ddfd6f0e7'
                        key: {
                            document_key: 'bffa58a77e244b5391c7a09e58b1ccad'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f2d57a537afd421cb94007dcb5ee8e49'
                        key: {
                            sys_ui_section: {
                                id: 'fd4d7c1deb6f45feb19ccad1711c9cd9'
                                key: {
                                    name: 'x_bu_itpartner_red_flag'
                                    caption: 'Red flag'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f2f63049bd8945c1bbe64fb7a8798773'
                        key: {
                            document_key: '2993f79b0ecc4e5c8f4f7828e9a39e4f'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f334ea86e6754697a6cf7f9b2a755f35'
                        key: {
                            document_key: '2203d8fdf6424fb695a17d93329d3806'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f351b1cc6a874a3c906a353004d3e8e2'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '9162846b07704fd2ba09801f7d29447b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f3545c30fad84a16812d052c55d31e4f'
                        key: {
                            document_key: '450a7a196e0a440984db6ae075397c97'
                            variable: '6e55da4e53a0220002c6435723dc34a0'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: 'f3611dd43406472eb40747ed3b270a87'
                        key: {
                            name: 'x_bu_itpartner.reader'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f3649491d8b54e7eaa6956fea58681cb'
                        key: {
                            document_key: '89238824689f46b2a6acd56eb6583c00'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f37e0d6ed8c74f7b83dfd4b08ceca54e'
                        key: {
                            document_key: '8883bf127a4c4f57883c45c632b5bfeb'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f3973ce36821444ca325e2ec5f309bae'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: 'f7ad9b2f273840b6a958873192e7f48a'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f3f481a553cd492b967cde24c4e5d854'
                        key: {
                            document_key: '7cb823fb6d4d44c4bb7642f77711c905'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f41d8bd3a3134197a70ba26453d095d2'
                        key: {
                            name: 'x_bu_itpartner_decision'
                            element: 'reason'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f44f13fba8094e20992a660b2f555031'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'de1b0764ce95446bbaa27ede24bb26ae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f4661121c6d54c50af2a4a3ac720e691'
                        key: {
                            document_key: '58aa28da915b429d9b8b5fb722daa9a6'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f47098682097412f9fb8a8f44ece2c82'
                        key: {
                            document_key: 'c9b726daf64a45af8ba59a935976e476'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f491ca4d61024bbda816d0a5052d3ad1'
                        key: {
                            document_key: 'cd40c9a5ea3f411f97aebf852f56187f'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f4bea1029b3b42d88610218229c23a09'
                        key: {
                            document_key: '96c13e24e0904a3b9df241099a7afbdc'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f4cc1d984f22439c8102b24dba3f9344'
                        key: {
                            document_key: 'a926fd1d78114a1d8c269f1c39bd0cfd'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f4e8785197eb4aa298db297fd4bc7416'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '2674736faf9a4d13b0e63908aae0a532'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f4fa32166ec04d2f996ef2744ce201f4'
                        key: {
                            document_key: 'ade80828fe014cbb9b34001b60ea7167'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f4ff2656f8d140e2a94a341ddc8749aa'
                        key: {
                            sys_ui_section: {
                                id: '75ea923b67f14db198f36f84c99f84dd'
                                key: {
                                    name: 'x_bu_itpartner_decision'
                                    caption: 'Routing decision'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '10'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f508824cd4684ec9ad3d23f183d6957b'
                        key: {
                            document_key: 'd9c74bf67cf14ce083bdb589fdcce632'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f52af6d4ccc748f0a34c55d3368fb99f'
                        key: {
                            document_key: '7a9cc97374f6417888096119fe11604d'
                            variable: 'c83b5337e7633300e12127d8d2f6a98b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f54d0dd131d44f75a27560021e2d3c61'
                        key: {
                            document_key: '0f7e3316eab6434abad87dc8c7e6f655'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f56a13e117be4ccda2e2a9dfe69f0d9f'
                        key: {
                            document_key: 'e7e33bb70e774aa5883f16e2a84ab88e'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f577f14f0d1345a08838490a4c798721'
                        key: {
                            document_key: '73bde182f5a04a34b8bd86487023b19c'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f5ffefe8920e4615bd30753076ad98a9'
                        key: {
                            document_key: '87627bdb6f114edaba4162f14e98b854'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'f64baf2785d846088f52643fd096ec26'
                        key: {
                            sys_security_acl: 'ae08f178abc6417e88679aec9fde1bd7'
                            sys_user_role: {
                                id: '52c27eaec5d6469994301f62444f4626'
                                key: {
                                    name: 'import_admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f66eaa785e704ab9b3f7fc5c3baac27d'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'efb25b58ee724d7b999282eaaf000717'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f671183595a84b85b33a9a31c79caa35'
                        key: {
                            sys_ui_section: {
                                id: '312e4cf674c94384a371ded7c1464382'
                                key: {
                                    name: 'x_bu_itpartner_partner'
                                    caption: 'IT Partner'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f6811b42387e4906b80122bfb5f57bf1'
                        key: {
                            document_key: '1dec752f17754d91903082a3258d5d45'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f687d97e92bf49fe9377120aeff45290'
                        key: {
                            document_key: '06e88a511c484e5e94aed9920cfb4973'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f6a42a78310e45c6a104f43affa1fe58'
                        key: {
                            document_key: '5700e4d38ab048ad8b2fded21e353c2f'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f6b9ec1fa165487f97a908073cbcaa0d'
                        key: {
                            document_key: '5acc894e3d74491d9c1c3847536df7c0'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f6f12db0764246e4bb3bdb904de9d440'
                        key: {
                            document_key: 'e260e4d20ae945bdb0143627249b053d'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f716a33274d741878a33fd022f6b69a9'
                        key: {
                            document_key: 'dcfd1961d2874c6593049986b4c3222e'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f723dab615c1474eb0bc6d829cc96f53'
                        key: {
                            document_key: '8391edef538d400f86c2c60af9a5d04c'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f739e52618d94b7fb8b923896291a807'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_d9bc5f21ff6033008d3f5d9ad53bf12d'
                            id: '6d5b934ad4e24833ab5c417b8400d0b2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f74bd01703ca44a49b8e4d5b8cade910'
                        key: {
                            document_key: '50799e404e434d9896947dadc6129959'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f78d210a9e284f8792c9fff50ce9d1f7'
                        key: {
                            document_key: '36b9b9d6f1a949bd86f9092042a85d80'
                            variable: 'bc43e004c76733005e5c45b881c26046'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f7a00b83b7244f4db34ceb36a1febe9a'
                        key: {
                            document_key: 'a86dea3fe0204e71a8fedaa122c6b55c'
                            variable: 'c796d40497302200abe4bb7503ac4ad8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f7c615feb15e4ed6acc0a985031fbd62'
                        key: {
                            document_key: '6c58159e066a4f2f832932ba644a2e56'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f7f23cafa09649929f096148596f26d1'
                        key: {
                            document_key: '4af61b8afbb64b39a4a15e7968921538'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f807ce043550457e95156d4560e914ea'
                        key: {
                            document_key: '40f51ca57fff4318abff093d8bc84c69'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f855b58ed298418fad77920c0a40de24'
                        key: {
                            document_key: 'c60dea96939546899ef1e327d8d323e6'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f8563d6da70346d6adb8b769b014d02c'
                        key: {
                            name: 'x_bu_itpartner_decision'
                            element: 'partner'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f8df2b5afb7e4d70b83870cee4439d6a'
                        key: {
                            document_key: '40e0e86067614c46b773d36044ad7d3f'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f92d85c35e9a43ae94be88a0a1e50736'
                        key: {
                            document_key: 'b1d66f9225cc47d4af3c97833cf7d9b1'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f951d31b94c24fb68ac60a474dd369b5'
                        key: {
                            document_key: '3b0da296c9e54e18a1e1e6860ce10140'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f95955a6815c4d84b321bf050874fba2'
                        key: {
                            document_key: 'f658dbf193754e2b8ce5209fdcc19739'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f98168399e35416497ffa604d59af35d'
                        key: {
                            document_key: '3a6934803da747f9810865e4c8dcb893'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f98344d309d24a649c843e63f8eac2f7'
                        key: {
                            document_key: '6e85b0c381434fe0909334ceb8c4cb50'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f9ae1310f89f432b89e0740c93360d52'
                        key: {
                            document_key: '6804d4d0b4384e3ca9afd9ae6400182f'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fa0d23e753d64e4d8f0dfc5bd02c7d26'
                        key: {
                            document_key: '7cb823fb6d4d44c4bb7642f77711c905'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fab0c9b93c16404a983f901907c77ec4'
                        key: {
                            document_key: '1532f2970dcb46918ea636b4b48179e0'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fab92e9c7e0c436fa58e231969733ec1'
                        key: {
                            document_key: '86316f63d9ab4f6f9243f4fe03adb063'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fabcfdaafdb742ec87fc20355c611975'
                        key: {
                            document_key: 'c319f9ff45f64d22a8507ed1ac2ebf5d'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'faff86a0b29b4641833853f02cb8a2b8'
                        key: {
                            document_key: '6f1b5e900ed14475a4c29261119b1265'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fb0d3a84f5374ef6834bc0b441b379c0'
                        key: {
                            document_key: '8883bf127a4c4f57883c45c632b5bfeb'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fb540114dde34d8aad0390ba01954b69'
                        key: {
                            document_key: '9977e0d4da4541649781678d3506ca6c'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fb6ebc28477d40c5924337a96525b8df'
                        key: {
                            document_key: '3a050e6c9a974a38ba9ae54f01b30dfe'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fbde56b812304b649670fe24e0b17ee6'
                        key: {
                            document_key: '4af61b8afbb64b39a4a15e7968921538'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fc97f9a01c284d4eb70109bc5f1f5450'
                        key: {
                            document_key: 'a9deabfa439e46a6b0d6454db5d19a61'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fcc16dc7a8bd4e189a8f2b883eb69d34'
                        key: {
                            document_key: '778c3fb48439457d8e66c9b8b277b077'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fcc45f0872a54302a51a67071bea5b6c'
                        key: {
                            document_key: '84c2df9a3068491cbb4e4cac58518be2'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'fccc0e0130fb4efd87b008fd7baf71de'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '1f80d9cc73fa4a99954e2f8289c10329'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fcce59d15bad40fe9edffedcd35904b3'
                        key: {
                            document_key: 'efb25b58ee724d7b999282eaaf000717'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fd05931dac6446f58f6dace96c8fd230'
                        key: {
                            document_key: 'acbd8586875843c995ff366b1c8cc5cc'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fd3be84094654392b1a46f81d5a293aa'
                        key: {
                            name: 'x_bu_itpartner_route'
                            element: 'table'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: 'fd4d7c1deb6f45feb19ccad1711c9cd9'
                        key: {
                            name: 'x_bu_itpartner_red_flag'
                            caption: 'Red flag'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fd626b62e60343debfdecd74d827daa8'
                        key: {
                            document_key: 'acbd8586875843c995ff366b1c8cc5cc'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'fd65238368454f8580a1e9b7ab142d8e'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_5f2e0e535332120028bc29cac2dc34d3'
                            id: '5b0c5c368b2348c5bb07475e15523eb2'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'fd7669d5fa9d44d684ad749a01ef4d2d'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '3909c1a5d7c349c2af7cb4f143f55db3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fd95c42967094970ba20b70d4d276728'
                        key: {
                            document_key: '9104bdc9943c45d9b36ad12953c41135'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fd98890204e54019a8b294046f2baefa'
                        key: {
                            document_key: '2a3e9b42d8524d05b2dd2be438e08bdd'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fdacfcbb97e64fd6984150348a8150aa'
                        key: {
                            document_key: 'da783c8072ff4d81abc8a202b114a3ef'
                            variable: '17d732a9c7a333005e5c45b881c26007'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fdb00d58d31b477cb47a4e0ecb0d3261'
                        key: {
                            document_key: 'e5ffa47e401842fd9fa1c1075d928ba8'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fdcdf5057bb64b868a8539b698d8c23b'
                        key: {
                            document_key: '49906c62a63141cbb1b5487b6c6fd5da'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fe1f0c2486fc42c7bd898e1bf8f880ea'
                        key: {
                            document_key: '8a15c2c0e1174b24b712c33fcc6121a7'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fe2324acaff547198fcf7371aa27d9fa'
                        key: {
                            document_key: '8a42d0aa65df46f88e7ccb8218f00e85'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fe34750931d843a68514520c3aa9ab06'
                        key: {
                            document_key: 'c5059ead60f64eaf9256a815f87faa26'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fe49bfafdfb84bf191c3eda632078a61'
                        key: {
                            document_key: '0f7e3316eab6434abad87dc8c7e6f655'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fe4e839bc9e64fd3b11bd64439459790'
                        key: {
                            document_key: '2b6cc1bc414a42e89cf32482813858a8'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fe655474a01e42fc8a9ab88837d3340f'
                        key: {
                            document_key: 'ede258c25a0b4c309c09ddc311710bdf'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fe943004aa2240dea66d3fd56fc3a2d9'
                        key: {
                            document_key: '044e742a37d549f582c97d48c52f1b58'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ff0554753b81462f9ea9e03870f21cac'
                        key: {
                            document_key: 'c14408c76ca046f0906de1a0604eba27'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ff0ad9bd674a4b2ea15b7fccb949b535'
                        key: {
                            document_key: 'e629eae74d344c2b9de1307b82401acc'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ff0fb7e42f6c4c3f80e7852803fec134'
                        key: {
                            document_key: '70256bceeb0a4bde931eec3c018e1b8b'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ff52f04a3d594d4081dc8ab0675f7179'
                        key: {
                            document_key: '1ed2bee4aa2240c88ec99fd84f06aa06'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ff65d696670d436bb95577d6489bdfbd'
                        key: {
                            document_key: '9162846b07704fd2ba09801f7d29447b'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'ff812b35e6c44deeae7d0a2960c8a2ba'
                        key: {
                            sys_security_acl: 'bfa50433b7e4444fa91f2c9c521d2651'
                            sys_user_role: {
                                id: '419c6d4e5dc448fa8657898bc3f3ff1e'
                                key: {
                                    name: 'x_bu_itpartner.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'ff863f2b9c704612a95fd2145e298346'
                        key: {
                            list_id: {
                                id: 'b01e06b0c80c4fd58bc723535ce402ed'
                                key: {
                                    name: 'x_bu_itpartner_route'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'order'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ffb084bf0db24ada93fdd7de696fd706'
                        key: {
                            document_key: '93bb32fbeb764ffd90f4c5d628cf17cb'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ffbd8318f8974c6f8193d4ebea420e42'
                        key: {
                            document_key: 'c3a35b23708c4092ae4fde540639de67'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ffdf1a39f970418d8310ba2b150a2f4d'
                        key: {
                            document_key: '5c3ff54b0e064adcb65cb790adf2af29'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: 'fff53ad664f54365bc16fb0bb6dcb7d9'
                        key: {
                            name: 'x_bu_itpartner_route'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'fffc2efd63af47ae9affd6a794a40da2'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '03ea340dc2f949769f114fbdc671f2b1'
                        }
                    },
                ]
            }
        }
    }
}

import '@servicenow/sdk/global'

declare global {
    namespace Now {
        namespace Internal {
            interface Keys extends KeysRegistry {
                explicit: {
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
                    annotation_red_flag_note: {
                        table: 'sys_ui_annotation'
                        id: 'a170e058d87441c9ad8cdacd4cff5103'
                    }
                    annotation_route_specialty: {
                        table: 'sys_ui_annotation'
                        id: 'df57dd0812c045beb7961aa0e98b7a74'
                    }
                    bom_json: {
                        table: 'sys_module'
                        id: 'd41c6fecb41d42df8ed6d2e55c1039df'
                    }
                    br_guard_boomerang: {
                        table: 'sys_script'
                        id: 'fa774c92d0484b0e97afb6263125b413'
                    }
                    br_route_escalation: {
                        table: 'sys_script'
                        id: 'b2760ef5a574430691e8b960bc8ccccc'
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
                    datasource_department_import: {
                        table: 'sys_data_source'
                        id: '5e9bac0e03744051b612656c567bc287'
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
                    module_routes: {
                        table: 'sys_app_module'
                        id: '119933ed723448f0a582748cb70fbabe'
                    }
                    package_json: {
                        table: 'sys_module'
                        id: '383e587522384a9bb81a9a06d8ba1035'
                    }
                    priv_cmn_department_read: {
                        table: 'sys_scope_privilege'
                        id: '2f4882229d39450987f11678d8fceea2'
                    }
                    priv_incident_read: {
                        table: 'sys_scope_privilege'
                        id: '612a0d87136f42908e645a51c4322bb9'
                    }
                    priv_incident_write: {
                        table: 'sys_scope_privilege'
                        id: '1242dc5cb97444fa88be2c99103c13e9'
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
                    properties_category_property_boomerang_policy: {
                        table: 'sys_properties_category_m2m'
                        id: 'd7af9ccdf5ad4414918acd3772b402a4'
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
                    properties_category_property_tier1_groups: {
                        table: 'sys_properties_category_m2m'
                        id: '5060884084844e4f8a2fbafb91e9c0d7'
                    }
                    property_boomerang_policy: {
                        table: 'sys_properties'
                        id: '9a883255dc3a4b5da90899a46b38f982'
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
                    'src_server_core_admin-checks_ts': {
                        table: 'sys_module'
                        id: '9b4a73c06a454ce98cb740fbc500d428'
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
                    src_server_core_model_ts: {
                        table: 'sys_module'
                        id: '51c9c6c0422640d8969967fae92e3047'
                    }
                    src_server_core_routing_ts: {
                        table: 'sys_module'
                        id: '2540d3dc039548529d1a9edf5ad7d860'
                    }
                    src_server_core_signals_ts: {
                        table: 'sys_module'
                        id: '95c0e2b797ee47b39f391b8df047b8b1'
                    }
                    src_server_core_text_ts: {
                        table: 'sys_module'
                        id: 'b8bbb0601468488a96c08c5119e916f3'
                    }
                    'src_server_glide_admin-records_ts': {
                        table: 'sys_module'
                        id: '2c071761296646adaaf9ffa2a24cd055'
                    }
                    'src_server_glide_decision-log_ts': {
                        table: 'sys_module'
                        id: 'be6f65b6345446d99c9b207f053d1f87'
                    }
                    src_server_glide_evidence_ts: {
                        table: 'sys_module'
                        id: '8c5366b86265439b85c30aa5a93d658b'
                    }
                    src_server_glide_properties_ts: {
                        table: 'sys_module'
                        id: '14b18234220a4f76803bdf4ca0536b0f'
                    }
                    src_server_glide_records_ts: {
                        table: 'sys_module'
                        id: 'c509a0eec4664069b3f985633eae9278'
                    }
                    src_server_glide_routes_ts: {
                        table: 'sys_module'
                        id: '8b129c10298c4374a6d971f014e63104'
                    }
                    'src_server_rules_fail-open_ts': {
                        table: 'sys_module'
                        id: '027bbb5f56e34176801bd8fa18bc88d0'
                    }
                    'src_server_rules_guard-boomerang_ts': {
                        table: 'sys_module'
                        id: 'c74f7360b85946df85e0b7fa4b7ff5a7'
                    }
                    'src_server_rules_import-departments_ts': {
                        table: 'sys_module'
                        id: 'd67f437414ec41ac9d999b41eff6d1b0'
                        deleted: true
                    }
                    'src_server_rules_route-escalation_ts': {
                        table: 'sys_module'
                        id: '1f976a70dc79470699540643b71f1aa5'
                    }
                    'src_server_rules_validate-admin_ts': {
                        table: 'sys_module'
                        id: '4ab1c8d38f454f029b5ee3ceba200095'
                    }
                    transform_department_import: {
                        table: 'sys_transform_map'
                        id: 'd91996f02062467aacaf64a970e37af0'
                    }
                    transform_department_import_onbefore: {
                        table: 'sys_transform_script'
                        id: 'd1ad4221a22d41feb83fce68062bb1d4'
                    }
                }
                composite: [
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
                        table: 'sys_dictionary'
                        id: '018cc81981004db6ba37dfad7973212b'
                        key: {
                            name: 'x_bu_itpartner_partner'
                            element: 'active'
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
                        table: 'sys_choice_set'
                        id: '0ad187a22c79404383f3fef913523865'
                        key: {
                            name: 'x_bu_itpartner_decision'
                            element: 'outcome'
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
                        table: 'sys_dictionary'
                        id: '0cbdf28ba320458c99cbe9f3bec1e89f'
                        key: {
                            name: 'x_bu_itpartner_red_flag'
                            element: 'note'
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
                        table: 'sys_dictionary'
                        id: '13bd2da36e3f48958c64dfdd84b91663'
                        key: {
                            name: 'x_bu_itpartner_route'
                            element: 'active'
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
                        table: 'sys_dictionary'
                        id: '170145e7a6d140f48dab5444930ac449'
                        key: {
                            name: 'x_bu_itpartner_route'
                            element: 'table'
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
                        table: 'sys_documentation'
                        id: '1b6cb9e9b3ac41769650284c4557f2e4'
                        key: {
                            name: 'x_bu_itpartner_decision'
                            element: 'route'
                            language: 'en'
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
                        table: 'sys_db_object'
                        id: '2dd170c1dad842ec8b375125ab4d09cc'
                        key: {
                            name: 'x_bu_itpartner_decision'
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
                        table: 'sys_dictionary'
                        id: '2e3bf937a6694e01a055b39f792948bc'
                        key: {
                            name: 'x_bu_itpartner_route'
                            element: 'NULL'
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
                        table: 'sys_dictionary'
                        id: '2ff8ad33b35d418391b0d608c2c65c6b'
                        key: {
                            name: 'x_bu_itpartner_decision'
                            element: 'route'
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
                        table: 'sys_dictionary'
                        id: '335e3817807d48e3a2cc7a62b5213741'
                        key: {
                            name: 'x_bu_itpartner_partner'
                            element: 'support_group'
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
                        table: 'sys_db_object'
                        id: '3db17ee12c684a118461e592ab254781'
                        key: {
                            name: 'x_bu_itpartner_department'
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
                        key: {
                            map: 'd91996f02062467aacaf64a970e37af0'
                            target_field: 'active'
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
                        table: 'sys_db_object'
                        id: '3fcd5c708392440eab20b1ba4a49e776'
                        key: {
                            name: 'x_bu_itpartner_department_import'
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
                        table: 'sys_user_role'
                        id: '419c6d4e5dc448fa8657898bc3f3ff1e'
                        key: {
                            name: 'x_bu_itpartner.admin'
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
                        table: 'sys_dictionary'
                        id: '42c9bc7d502440dc8c4aa9555524affd'
                        key: {
                            name: 'x_bu_itpartner_department'
                            element: 'active'
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
                        table: 'sys_dictionary'
                        id: '4430af55e8ed48cca2ea0bf5e1402cb9'
                        key: {
                            name: 'x_bu_itpartner_department'
                            element: 'partner'
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
                        table: 'sys_dictionary'
                        id: '4a68b74a2a6d4beba47bf9f9c0b870cd'
                        key: {
                            name: 'x_bu_itpartner_decision'
                            element: 'partner'
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
                        table: 'sys_documentation'
                        id: '4da9fc44d9694029999e0e22f19cba43'
                        key: {
                            name: 'x_bu_itpartner_department_import'
                            element: 'u_department'
                            language: 'en'
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
                        table: 'sys_dictionary'
                        id: '52812775aa0645c2ba7726ebf3cbe256'
                        key: {
                            name: 'x_bu_itpartner_red_flag'
                            element: 'active'
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
                        table: 'sys_documentation'
                        id: '5423f9287e1f41ad972a3ae2ebbdd306'
                        key: {
                            name: 'x_bu_itpartner_decision'
                            element: 'outcome'
                            language: 'en'
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
                        table: 'sys_documentation'
                        id: '56a68be44df64aa3a958013b89560e1a'
                        key: {
                            name: 'x_bu_itpartner_decision'
                            element: 'to_group'
                            language: 'en'
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
                        table: 'sys_documentation'
                        id: '593f92b10eea45139ebeb1a4de4eb8f8'
                        key: {
                            name: 'x_bu_itpartner_partner'
                            element: 'contact'
                            language: 'en'
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
                        table: 'sys_dictionary'
                        id: '5f90dbc3efa047cea692e7d0c5b4111e'
                        key: {
                            name: 'x_bu_itpartner_department_import'
                            element: 'u_active'
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
                        table: 'sys_dictionary'
                        id: '626c5060a39644738469482b9083e4a2'
                        key: {
                            name: 'x_bu_itpartner_department_import'
                            element: 'NULL'
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
                        table: 'sys_dictionary'
                        id: '660fdfb813a94b11a6dd089574b7a04c'
                        key: {
                            name: 'x_bu_itpartner_decision'
                            element: 'signal'
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
                        key: {
                            name: 'x_bu_itpartner_department_import'
                            element: 'u_partner'
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
                        table: 'sys_choice_set'
                        id: '7c26bfb3938b4ce3a0d88c0da100b863'
                        key: {
                            name: 'x_bu_itpartner_decision'
                            element: 'signal'
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
                        table: 'sys_dictionary'
                        id: '825c7d9b1e574e60ad28d9eaab61e8da'
                        key: {
                            name: 'x_bu_itpartner_department'
                            element: 'NULL'
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
                        table: 'sys_dictionary'
                        id: '8bf70635958749d89f3a8243b5c9d8af'
                        key: {
                            name: 'x_bu_itpartner_route'
                            element: 'order'
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
                        table: 'sys_dictionary'
                        id: '8f2b7c2e2ca24484bf63858c6bfbbee3'
                        key: {
                            name: 'x_bu_itpartner_partner'
                            element: 'name'
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
                        table: 'sys_documentation'
                        id: '96cface85a2b4df5914fd707e27a547d'
                        key: {
                            name: 'x_bu_itpartner_department'
                            element: 'department'
                            language: 'en'
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
                        table: 'sys_documentation'
                        id: '99f285f62ae54454975fd3f4fcaae739'
                        key: {
                            name: 'x_bu_itpartner_red_flag'
                            element: 'active'
                            language: 'en'
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
                        table: 'sys_dictionary'
                        id: '9e5abbc0913b4186b3532bb1e5021591'
                        key: {
                            name: 'x_bu_itpartner_red_flag'
                            element: 'NULL'
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
                        table: 'sys_documentation'
                        id: 'b03c01e8dc9b4ae48a6b701e86d91d55'
                        key: {
                            name: 'x_bu_itpartner_department_import'
                            element: 'u_partner'
                            language: 'en'
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
                        table: 'sys_index'
                        id: 'b3925784a5884f7e836018dfc0aa351d'
                        key: {
                            logical_table_name: 'x_bu_itpartner_department'
                            col_name_string: 'department,active'
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
                        table: 'sys_dictionary'
                        id: 'bec776f15e53450199c2d84ba92b7610'
                        key: {
                            name: 'x_bu_itpartner_route'
                            element: 'condition'
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
                        table: 'sys_documentation'
                        id: 'bf9a46061d544666873ac414c215a485'
                        key: {
                            name: 'x_bu_itpartner_route'
                            element: 'active'
                            language: 'en'
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
                        table: 'sys_documentation'
                        id: 'c2127f6398694e5399824f7dbf288a88'
                        key: {
                            name: 'x_bu_itpartner_red_flag'
                            element: 'NULL'
                            language: 'en'
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
                        table: 'sys_documentation'
                        id: 'c71227605bfb456d877ce74442b7ed24'
                        key: {
                            name: 'x_bu_itpartner_route'
                            element: 'order'
                            language: 'en'
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
                        table: 'sys_dictionary'
                        id: 'cbda512936c8491c82f4028495a538f9'
                        key: {
                            name: 'x_bu_itpartner_department'
                            element: 'department'
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
                        table: 'sys_dictionary'
                        id: 'd02ed67a8cb04531a5e1774986d98931'
                        key: {
                            name: 'x_bu_itpartner_decision'
                            element: 'reason'
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
                        table: 'sys_documentation'
                        id: 'd41e5b06a2e44a58b6ed890bce586e21'
                        key: {
                            name: 'x_bu_itpartner_partner'
                            element: 'NULL'
                            language: 'en'
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
                        table: 'sys_transform_entry'
                        id: 'd930491661054141a6b558c1a1100045'
                        key: {
                            map: 'd91996f02062467aacaf64a970e37af0'
                            target_field: 'department'
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
                        table: 'sys_documentation'
                        id: 'dcbf0ba71882418883aa4cb98ac6d965'
                        key: {
                            name: 'x_bu_itpartner_decision'
                            element: 'signal'
                            language: 'en'
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
                        table: 'sys_documentation'
                        id: 'dfabdd1db5a64af69bae2f4eed19028f'
                        key: {
                            name: 'x_bu_itpartner_partner'
                            element: 'support_stream'
                            language: 'en'
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
                        table: 'sys_documentation'
                        id: 'e2cad1076aa34dbfbf5f61365d7c6ab4'
                        key: {
                            name: 'x_bu_itpartner_route'
                            element: 'description'
                            language: 'en'
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
                        table: 'sys_dictionary'
                        id: 'eb588db29cb141039ff21275ffe0acdc'
                        key: {
                            name: 'x_bu_itpartner_department_import'
                            element: 'u_department'
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
                        table: 'sys_documentation'
                        id: 'f15e03d9cb76483e8f61e7e50cd0738d'
                        key: {
                            name: 'x_bu_itpartner_department'
                            element: 'active'
                            language: 'en'
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
                        table: 'sys_user_role'
                        id: 'f3611dd43406472eb40747ed3b270a87'
                        key: {
                            name: 'x_bu_itpartner.reader'
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
                        table: 'sys_documentation'
                        id: 'f8563d6da70346d6adb8b769b014d02c'
                        key: {
                            name: 'x_bu_itpartner_decision'
                            element: 'partner'
                            language: 'en'
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
                ]
            }
        }
    }
}

/**
 * Server-side bridge for the "Send to IT Partner" UI action condition (not client-callable): the work is in the
 * module src/server/rules/send-to-partner.ts. test/artifacts checks the require path against the built sys_module.
 */
var ITPartnerForm = Class.create();
ITPartnerForm.prototype = {
    initialize: function () {},

    canSendToPartner: function (current) {
        return require('x_bu_itpartner/it-partner-routing/0.0.1/src/server/rules/send-to-partner.ts').canSendToPartner(current);
    },

    type: 'ITPartnerForm',
};

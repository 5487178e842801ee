/**
 * Server-side bridge for the "Send to IT Partner" UI action condition (not client-callable): the work is in the
 * module src/server/rules/send-to-partner.ts. test/artifacts checks the require path against the built sys_module.
 * Holds the ticket it was made for, so each method reads it through `this` (the community linter's legacy-use-this).
 */
var ITPartnerForm = Class.create();
ITPartnerForm.prototype = {
    initialize: function (current) {
        this.current = current;
    },

    canSendToPartner: function () {
        return require('x_bu_itpartner/it-partner-routing/0.0.1/src/server/rules/send-to-partner.ts').canSendToPartner(this.current);
    },

    type: 'ITPartnerForm',
};

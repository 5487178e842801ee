/**
 * Server-side bridge for the "Send to IT Partner" UI action condition (not client-callable): the work is in the
 * module src/server/rules/send-to-partner.ts, required by its path in the app's package (see banner-ajax.js).
 * Holds the ticket it was made for, so each method reads it through `this` (the community linter's legacy-use-this).
 */
var ITPartnerForm = Class.create();
ITPartnerForm.prototype = {
    initialize: function (current) {
        this.current = current;
    },

    canSendToPartner: function () {
        return require('./src/server/rules/send-to-partner.ts').canSendToPartner(this.current);
    },

    type: 'ITPartnerForm',
};

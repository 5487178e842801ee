/**
 * Client-callable bridge for the caller onChange script: the work is in the module src/server/rules/banner-ajax.ts.
 * The require path contains the package.json version; test/artifacts checks it against the built sys_module.
 */
var ITPartnerBannerAjax = Class.create();
ITPartnerBannerAjax.prototype = Object.extendsObject(global.AbstractAjaxProcessor, {
    getBanner: function () {
        return require('x_bu_itpartner/it-partner-routing/0.0.1/src/server/rules/banner-ajax.ts').bannerAnswer({
            caller: this.getParameter('sysparm_caller'),
            opener: this.getParameter('sysparm_opener'),
            ticket: this.getParameter('sysparm_ticket'),
        });
    },

    // Private: guests on public pages never reach it ("Privacy settings on Glide AJAX enabled script includes").
    isPublic: function () {
        return false;
    },

    type: 'ITPartnerBannerAjax',
});

/**
 * Client-callable bridge for the banner client scripts: the work is in the module src/server/rules/banner-ajax.ts,
 * required by its path in the app's package (`./src/...`), which holds whatever the version (now-sdk explain
 * script-include-guide, "Bridging Modules Through Script Includes"); test/artifacts/version-bump.test.ts runs it.
 */
var ITPartnerBannerAjax = Class.create();
ITPartnerBannerAjax.prototype = Object.extendsObject(global.AbstractAjaxProcessor, {
    getBanner: function () {
        return require('./src/server/rules/banner-ajax.ts').bannerAnswer({
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

import { BANNER_AJAX_POLICY, sourceClientScript } from '../support/source-client.ts'
import { bannerScriptCases } from './banner-cases.ts'

// The same cases on the TypeScript sources in src/browser, so that mutation testing reaches them.
bannerScriptCases('from source', sourceClientScript('IT Partner banner'), sourceClientScript('IT Partner banner refresh'), BANNER_AJAX_POLICY)

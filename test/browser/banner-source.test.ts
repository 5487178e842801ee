import { itPartnerFormat } from '../../src/browser/banner.ts'
import { BANNER_AJAX_POLICY, sourceClientScript } from '../support/source-client.ts'
import { bannerScriptCases } from './banner-cases.ts'

// The same cases on the TypeScript sources in src/browser, so that mutation testing reaches them.
bannerScriptCases('from source', sourceClientScript('IT Partner banner'), sourceClientScript('IT Partner banner refresh'), BANNER_AJAX_POLICY)

describe('itPartnerFormat (src/browser/banner.ts)', () => {
    test('fills each placeholder with its value, angle brackets made harmless', () => {
        expect(itPartnerFormat('{1} and {0}', ['<b>', 'a>c'])).toBe('a\u203ac and \u2039b\u203a')
    })

    test('a placeholder without a value stays as written', () => {
        expect(itPartnerFormat('{0} {1}', ['only'])).toBe('only {1}')
    })
})

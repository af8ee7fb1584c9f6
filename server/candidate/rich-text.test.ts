import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ABOUT_MAX_CHARS, aboutHtmlToText, sanitiseAboutHtml, zAboutHtml } from './rich-text'

const SAFE_TAG = /^(<\/?(p|strong|em|u|s|ul|ol|li)>|<br \/>)$/

function expectOnlySafeMarkup(html: string): void {
  for (const tag of html.match(/<[^>]*>?/g) ?? []) expect(tag).toMatch(SAFE_TAG)
  // a bare `<` can only appear escaped in text
  expect(html.replace(/<\/?(p|strong|em|u|s|ul|ol|li)>|<br \/>/g, '')).not.toContain('<')
}

// [input, text that must NOT survive (executable payload), text that must survive]
const XSS_CORPUS: Array<[string, string | null, string | null]> = [
  ['<script>alert(1)</script>Hello', 'alert', 'Hello'],
  ['<SCRIPT SRC=http://x.example/xss.js></SCRIPT>ok', 'xss.js', 'ok'],
  ['<scr<script>ipt>alert(1)</script>', null, null],
  ['<<script>script>alert(1)<</script>/script>', null, null],
  ['<p onclick="alert(1)">Hi</p>', 'onclick', 'Hi'],
  ['<strong onmouseover=alert(1)>bold</strong>', 'onmouseover', 'bold'],
  ['<img src=x onerror=alert(1)>', 'onerror', null],
  ['<IMG SRC="javascript:alert(\'XSS\');">', 'javascript', null],
  ['<a href="javascript:alert(1)">click me</a>', 'href', 'click me'],
  ['<a href="jav&#x09;ascript:alert(1)">x</a>', 'href', 'x'],
  ['<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">d</a>', 'data:', 'd'],
  ['<svg onload=alert(1)>', 'onload', null],
  ['<svg><script>alert(1)</script></svg>', 'alert', null],
  ['<svg><animate onbegin=alert(1) attributeName=x dur=1s>', 'onbegin', null],
  ['<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', 'onerror', null],
  ['<style>body{background:url("javascript:alert(1)")}</style>text', 'background', 'text'],
  ['<p style="background:url(javascript:alert(1))">styled</p>', 'url(', '<p>styled</p>'],
  ['<iframe src="javascript:alert(1)"></iframe>after', 'iframe', 'after'],
  ['<iframe srcdoc="<script>alert(1)</script>">', 'alert', null],
  ['<object data="data:text/html,<script>alert(1)</script>"></object>', 'alert', null],
  ['<embed src="data:image/svg+xml;base64,PHN2Zz4=">', 'embed', null],
  ['<body onload=alert(1)>body', 'onload', 'body'],
  ['<details open ontoggle=alert(1)>', 'ontoggle', null],
  ['<input autofocus onfocus=alert(1)>', 'onfocus', null],
  ['<form action="javascript:alert(1)"><button>go</button></form>', 'action', 'go'],
  ['<meta http-equiv="refresh" content="0;url=javascript:alert(1)">', 'refresh', null],
  ['<base href="javascript:alert(1)//">', 'base', null],
  ['<link rel=stylesheet href="http://x.example/x.css">', 'stylesheet', null],
  ['<table background="javascript:alert(1)"><tr><td>cell</td></tr></table>', 'background', 'cell'],
  ['<div style="width: expression(alert(1))">div</div>', 'expression', 'div'],
  ['<p title="</p><script>alert(1)</script>">t</p>', 'alert', 't'],
  ['<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>', 'onerror', null],
  ['<textarea><script>alert(1)</script></textarea>', 'alert', null],
  ['<template><script>alert(1)</script></template>', 'alert', null],
  ['<!--<img src=x onerror=alert(1)>-->comment', 'onerror', 'comment'],
  ['<![CDATA[<script>alert(1)</script>]]>', null, null],
  ['<p>unclosed <strong>bold <em>both', null, 'both'],
  ['</p></ul><li>stray</li></strong>', null, 'stray'],
  ['<ul><li>one<li>two</ul>', null, 'two'],
  ['&lt;script&gt;alert(1)&lt;/script&gt;', null, '&lt;script&gt;'],
  ['&#60;script&#62;alert(1)&#60;/script&#62;', null, '&lt;script&gt;'],
  ['<p>&#x6A;avascript:alert(1)</p>', null, 'javascript:alert(1)'],
  ['<p>\u0000<scr\u0000ipt>alert(1)</script></p>', null, null],
  ['<xss onafterscriptexecute=alert(1)><p>x</p></xss>', 'onafterscript', 'x'],
  ['<sv\tg/onload=alert(1)>', 'onload', null],
]

describe('sanitiseAboutHtml XSS corpus', () => {
  it.each(XSS_CORPUS)('%j', (input, mustNotSurvive, mustSurvive) => {
    const { html } = sanitiseAboutHtml(input)
    expectOnlySafeMarkup(html)
    if (mustNotSurvive) expect(html.toLowerCase()).not.toContain(mustNotSurvive.toLowerCase())
    if (mustSurvive) expect(html).toContain(mustSurvive)
    // sanitising is idempotent: the output is a fixed point
    expect(sanitiseAboutHtml(html).html).toBe(html)
  })

  it('never emits unsafe markup for arbitrary input', () => {
    const piece = fc.oneof(
      fc.constantFrom('<', '>', '"', "'", '=', '/', '&', ';', ' ', 'script', 'svg', 'onload', 'javascript:', 'p', 'li', '<!--', '-->', '&lt;', '&#60;'),
      fc.string({ maxLength: 4 }),
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const { html } = sanitiseAboutHtml(parts.join(''))
        expectOnlySafeMarkup(html)
      }),
      { numRuns: 300 },
    )
  })
})

describe('sanitiseAboutHtml formatting', () => {
  it('keeps the editor marks and lists, canonicalising spellings', () => {
    const input =
      '<p><b>Bold</b> <i>it</i> <u>u</u> <strike>s</strike> <s>s2</s></p><ul><li>a</li></ul><ol><li>b</li></ol><p>x<br>y</p>'
    expect(sanitiseAboutHtml(input).html).toBe(
      '<p><strong>Bold</strong> <em>it</em> <u>u</u> <s>s</s> <s>s2</s></p><ul><li>a</li></ul><ol><li>b</li></ol><p>x<br />y</p>',
    )
  })

  it('drops attributes on allowed tags and turns pasted blocks into paragraphs', () => {
    expect(sanitiseAboutHtml('<p class="x" id="y" dir="rtl">a</p><h2>Title</h2><div>b</div>').html).toBe('<p>a</p><p>Title</p><p>b</p>')
  })

  it('treats empty editor content as empty', () => {
    expect(sanitiseAboutHtml('<p></p>')).toEqual({ html: '', textLength: 0 })
    expect(sanitiseAboutHtml('<p> <br> </p><script>x</script>')).toEqual({ html: '', textLength: 0 })
  })

  it('counts visible characters, not markup or entities', () => {
    expect(sanitiseAboutHtml('<p><strong>ab</strong> &amp; <em>cd</em></p>').textLength).toBe(7)
    expect(sanitiseAboutHtml('<p>नमस्ते</p>').textLength).toBe([...'नमस्ते'].length)
    expect(sanitiseAboutHtml('<p>a    \n   b</p>').textLength).toBe(3)
  })
})

describe('zAboutHtml', () => {
  it('returns sanitised HTML', () => {
    expect(zAboutHtml.parse('<p onclick="x">Hi <b>there</b></p>')).toBe('<p>Hi <strong>there</strong></p>')
  })

  it(`allows exactly ${ABOUT_MAX_CHARS} visible characters and rejects more`, () => {
    const ok = `<p><strong>${'a'.repeat(ABOUT_MAX_CHARS)}</strong></p>`
    expect(zAboutHtml.safeParse(ok).success).toBe(true)
    const over = zAboutHtml.safeParse(`<p>${'a'.repeat(ABOUT_MAX_CHARS + 1)}</p>`)
    expect(over.success).toBe(false)
    if (!over.success) expect(over.error.issues[0].message).toBe('About you can be at most 2,000 characters; it has 2,001')
  })

  it('rejects absurdly large raw HTML before parsing', () => {
    expect(zAboutHtml.safeParse('<b></b>'.repeat(5000)).success).toBe(false)
  })
})

describe('aboutHtmlToText', () => {
  it('renders paragraphs, breaks and lists as plain text', () => {
    const html = sanitiseAboutHtml('<p>I am <b>Ravi</b> &amp; I ride.</p><ul><li>Fast</li><li>Safe</li></ul><ol><li>One</li><li>Two</li></ol><p>a<br>b</p>').html
    expect(aboutHtmlToText(html)).toBe('I am Ravi & I ride.\n\n• Fast\n• Safe\n\n1. One\n2. Two\n\na\nb')
  })

  it('reads tiptap output (paragraphs inside list items, nested lists)', () => {
    const html = '<p>Skills:</p><ul><li><p>Driving</p><ul><li><p>Bike</p></li></ul></li><li><p>Hindi</p></li></ul><p>Thanks</p>'
    expect(aboutHtmlToText(html)).toBe('Skills:\n\n• Driving\n  • Bike\n• Hindi\n\nThanks')
  })
})

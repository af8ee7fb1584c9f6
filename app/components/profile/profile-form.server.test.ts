import { describe, expect, it } from 'vitest'
import { sanitiseAboutHtml } from '#server/candidate/rich-text'
import { formatDmyInput } from './dob-input'
import { dobPickerRange, isProfileIntent, plainTextToAboutHtml, profileFormToInput } from './profile-form.server'

const form = (entries: Array<[string, string]>) => {
  const f = new FormData()
  for (const [k, v] of entries) f.append(k, v)
  return f
}

describe('plainTextToAboutHtml (the no-JavaScript textarea)', () => {
  it('makes paragraphs and bullet lists, and the sanitiser keeps them as they are', () => {
    const html = plainTextToAboutHtml('Honest and punctual.\r\n\n- Own bike\n• Knows Kolkata\n* Night shifts\nThanks')
    expect(html).toBe('<p>Honest and punctual.</p><ul><li><p>Own bike</p></li><li><p>Knows Kolkata</p></li><li><p>Night shifts</p></li></ul><p>Thanks</p>')
    expect(sanitiseAboutHtml(html).html).toBe(html)
  })

  it('escapes markup typed as text instead of letting it through', () => {
    expect(plainTextToAboutHtml('<script>alert(1)</script> & <b>x</b>')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;x&lt;/b&gt;</p>')
  })

  it('empty text is empty HTML (clears the field)', () => {
    expect(plainTextToAboutHtml('  \n \n')).toBe('')
  })
})

describe('profileFormToInput', () => {
  it('knows only the page’s intents', () => {
    expect(isProfileIntent('basic')).toBe(true)
    expect(isProfileIntent('mobile')).toBe(false)
    expect(isProfileIntent(null)).toBe(false)
  })

  it('basic sends name and email only — never a mobile, even if one is posted', () => {
    const out = profileFormToInput('basic', form([['name', 'Ravi'], ['email', ''], ['mobile', '+919999999999']]))
    expect(out).toEqual({ ok: true, input: { name: 'Ravi', email: '' }, echo: { name: 'Ravi', email: '' } })
  })

  it('personal: tags win over the no-JS comma list; no languages clears them', () => {
    expect(profileFormToInput('personal', form([['languages', 'Tamil'], ['languages', 'Hindi'], ['languagesText', 'ignored']]))).toMatchObject({ input: { languages: ['Tamil', 'Hindi'] } })
    expect(profileFormToInput('personal', form([['languagesText', 'Bangla, , English ']]))).toMatchObject({ input: { languages: ['Bangla', 'English'] } })
    expect(profileFormToInput('personal', form([['currentSalaryMonthly', '']]))).toMatchObject({ input: { languages: null, currentSalaryMonthly: '', dateOfBirth: '' } })
  })

  it('identity: an empty box keeps the saved number; both empty is an error; remove sends null', () => {
    expect(profileFormToInput('identity', form([['aadhaar', ' '], ['pan', 'abcpe1234f']]))).toEqual({ ok: true, input: { pan: 'abcpe1234f' }, echo: {} })
    expect(profileFormToInput('identity', form([['aadhaar', ''], ['pan', '']]))).toMatchObject({ ok: false, fieldErrors: { aadhaar: [expect.any(String)] } })
    expect(profileFormToInput('remove-aadhaar', form([]))).toMatchObject({ input: { aadhaar: null } })
    expect(profileFormToInput('remove-pan', form([]))).toMatchObject({ input: { pan: null } })
  })

  it('about: the editor HTML, else the textarea text converted', () => {
    expect(profileFormToInput('about', form([['aboutHtml', '<p><strong>x</strong></p>']]))).toMatchObject({ input: { aboutHtml: '<p><strong>x</strong></p>' } })
    expect(profileFormToInput('about', form([['aboutHtmlText', 'plain']]))).toMatchObject({ input: { aboutHtml: '<p>plain</p>' } })
  })
})

describe('date of birth helpers', () => {
  it('formats digits as dd-mm-yyyy while typing', () => {
    expect(['1', '15', '150', '1508', '15081', '15081995', '15-08-1995', '150819951', 'ab15/08'].map(formatDmyInput)).toEqual([
      '1',
      '15',
      '15-0',
      '15-08',
      '15-08-1',
      '15-08-1995',
      '15-08-1995',
      '15-08-1995',
      '15-08',
    ])
  })

  it('the calendar spans ages 18 to 70', () => {
    expect(dobPickerRange(new Date(2026, 11, 1))).toEqual({ maxIso: '2008-12-01', minIso: '1955-12-02' })
  })
})

import { describe, expect, it } from 'vitest'
import { cleanSkill, extractSkills, splitSkillList } from './skills'
import { docFromLines, h } from '../../../tests/helpers/test-layout'

describe('splitSkillList', () => {
  it('splits on commas, bullets and pipes, keeping parentheses and slashes', () => {
    expect(splitSkillList('Java • Shell • Python')).toEqual(['Java', 'Shell', 'Python'])
    expect(splitSkillList('LAMP (Linux, PHP, MySQL), Angular 5/6; CI/CD | Git')).toEqual(['LAMP (Linux, PHP, MySQL)', 'Angular 5/6', 'CI/CD', 'Git'])
    expect(splitSkillList('C#,Asp.Net with MVC')).toEqual(['C#', 'Asp.Net', 'MVC'])
    expect(splitSkillList('Ability to cope up with different situations')).toEqual(['Ability to cope up with different situations'])
  })
})

describe('cleanSkill', () => {
  it.each([
    ['SQL (Structure Query Language)', 'SQL'],
    ['Linux(Ubuntu)', 'Linux'],
    ['and basic Excel', 'Excel'],
    ['Basic mathematics', 'Basic mathematics'],
    ['Microsoft Visual Studio 2017', 'Microsoft Visual Studio'],
    ['• PHP.', 'PHP'],
  ])('%s → %s', (raw, skill) => {
    expect(cleanSkill(raw, false)).toBe(skill)
  })

  it('drops category words and prose', () => {
    expect(cleanSkill('Programming', false)).toBeNull()
    expect(cleanSkill('Worked on many different projects across several teams', false)).toBeNull()
  })
})

describe('extractSkills', () => {
  it('reads category lines, bullet lists and grids of a skills section', () => {
    const doc = docFromLines([
      'Name',
      h('Technical Skills'),
      'Programming Languages: Python, C, C++',
      'Databases: MySQL, SQLite',
      h('Key Strengths'),
      '• Communication skills',
      'Project management\tData analysis\tProblem-solving',
      h('Experience'),
      'Used Kubernetes and Terraform at work.',
    ])
    const s = extractSkills(doc)
    expect(s.listed).toEqual(['Python', 'C', 'C++', 'MySQL', 'SQLite', 'Communication skills', 'Project management', 'Data analysis', 'Problem-solving'])
    // mentioned in prose: suggestions, not listed skills
    expect(s.suggestions).toEqual(expect.arrayContaining(['Kubernetes', 'Terraform']))
  })

  it('reads "Key Skills:" label lines outside a skills section, with wrapped values', () => {
    const doc = docFromLines(['Name', 'Key Skills: jr. web developer,software development,web application', 'development,c#,asp.net', 'Notice Period: 15 days'])
    expect(extractSkills(doc).listed).toEqual(['jr. web developer', 'software development', 'web application development', 'c#', 'asp.net'])
  })

  it('skips portal table headers and keeps a soft skill sentence whole', () => {
    const doc = docFromLines(['Name', h('IT Skills'), 'Skill Name\tVersion Last Used\tExperience', 'PHP', h('Interpersonal Skill'), '❖ Ability to rapidly build relationship and set up trust.'])
    expect(extractSkills(doc).listed).toEqual(['PHP', 'Ability to rapidly build relationship and set up trust'])
  })

  it('adds the role’s suggested skills the resume mentions anywhere', () => {
    const doc = docFromLines(['Name', h('Experience'), 'Delivery rider, did two wheeler driving across Pune with good route knowledge.'])
    const s = extractSkills(doc, ['Two-wheeler Driving', 'Route Knowledge', 'Forklift Operation'])
    expect(s.fromRole).toEqual(['Two-wheeler Driving', 'Route Knowledge'])
    expect(s.listed).toEqual([])
  })
})

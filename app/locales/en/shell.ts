/** The signed-in candidate's frame: header, tabs, account menu (app/components/app-header.tsx, app/routes/_candidate.tsx). */
const shell = {
  nav: { home: 'Home', resume: 'My Resume', jobs: 'Jobs', applications: 'Applications', profile: 'Profile' },
  mainNav: 'Main',
  accountMenu: 'Account menu',
  profile: 'Profile',
  exportData: 'Export my data',
  logOut: 'Log out',
}
export type ShellMessages = typeof shell
export default shell

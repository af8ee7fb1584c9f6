import type { ShellMessages } from '../en/shell'

const shell: ShellMessages = {
  nav: { home: 'होम', resume: 'मेरा Resume', jobs: 'नौकरियाँ', applications: 'आवेदन', profile: 'प्रोफ़ाइल' },
  mainNav: 'मुख्य',
  accountMenu: 'खाते का मेन्यू',
  profile: 'प्रोफ़ाइल',
  exportData: 'मेरा डेटा डाउनलोड करें',
  logOut: 'लॉग आउट',
}
export default shell

/** The basic-profile gate and the Profile page. */
const profile = {
  gate: {
    title: 'Your basic profile — AIVIUE',
    welcome: 'Welcome, {{name}}!',
    subtitle: 'Tell us a little about the job you want. It takes a minute.',
    fullName: 'Full name',
    currentCity: 'Current location',
    pinCode: 'PIN code',
    preferredCities: 'Preferred job locations',
    submit: 'Continue',
    busy: 'Saving…',
  },
}
export type ProfileMessages = typeof profile
export default profile

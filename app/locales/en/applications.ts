/** My applications, one application, the application card and its status timeline. */
const applications = {
  list: {
    title: "My applications — AIVIUE",
    heading: "My applications",
    emptyTitle: "You have not applied to any job yet",
    emptyText:
      "Find a job that matches you and tap Apply — it takes one tap with your resume.",
    findJobs: "Find jobs",
    listLabel: "Your applications",
    staleForm: "This form is out of date. Please reload the page.",
    failed: "That did not work. Please try again.",
    withdrawn: "Application withdrawn. The employer has been told.",
    live: "{{title}}: {{status}}",
  },
  detail: {
    title: "{{title}} — my application — AIVIUE",
    titleFallback: "My application — AIVIUE",
    back: "← My applications",
    heading: "My application",
    myApplications: "My applications",
  },
  card: {
    interview: "Interview",
    yourInterview: "Your interview",
    when: "When",
    where: "Where",
    openInMaps: "Open in Maps",
    newTab: " (opens in a new tab)",
    askFor: "Ask for",
    notes: "Notes",
    nextStep: "What to do next",
    messageFrom: "Message from {{company}}",
    employerPhone: "Employer’s phone:",
    applied: "Applied {{when}}",
    withdraw: "Withdraw application",
    withdrawConfirm:
      "Withdraw from {{title}}? The employer is told. You can apply again while the job is open.",
    withdrawing: "Withdrawing…",
    yesWithdraw: "Yes, withdraw",
  },
  status: {
    applied: "Applied",
    viewed: "Viewed",
    shortlisted: "Shortlisted",
    interview: "Interview",
    interview_scheduled: "Interview",
    hired: "Hired",
    not_selected: "Not selected",
    position_filled: "Position filled",
    withdrawn: "Withdrawn",
    decision: "Decision",
  },
  timeline: {
    label: "Application progress",
    done: " (done)",
    now: " (now)",
    upcoming: " (still to come)",
  },
};

export type ApplicationsMessages = typeof applications;
export default applications;

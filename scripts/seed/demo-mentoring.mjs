// The demo mentor's history with three mentees in two cohorts: signed sessions, one awaiting the
// demo fellow's signature, one disputed, one amended, a group session, a draft, in the language
// each pair works in. `daysAgo` keeps the dates recent whenever the demo is started.

export const DEMO_MENTOR = 'mentor@demo.ertad.example';

/** How long ago the pairs began: before the first session below. */
export const PAIRED_DAYS_AGO = 90;

/** Who the coordinator pairs with the demo mentor, by cohort name (scripts/seed/demo-cohorts.mjs). */
export const DEMO_PAIRS = [
  { fellow: 'fellow@demo.ertad.example', cohort: 'YPP 2026 — Kvemo Kartli' },
  { fellow: 'elvin@demo.ertad.example', cohort: 'YPP 2026 — Kvemo Kartli' },
  { fellow: 'armen@demo.ertad.example', cohort: 'Social Work Fellowship 2026 — Samtskhe-Javakheti' },
];

const NINO = 'fellow@demo.ertad.example';
const ELVIN = 'elvin@demo.ertad.example';
const ARMEN = 'armen@demo.ertad.example';

/**
 * Sessions in the order they happened. `fellows` sign (`sign`), disagree (`disagree`: comment),
 * or are left to sign; `amend` adds a correction once everyone has signed; `draft` stays unsigned.
 * Actions name their owner by email ('mentor' for the mentor).
 */
export const DEMO_SESSIONS = [
  {
    daysAgo: 80,
    fellows: [NINO],
    minutes: 60,
    mode: 'in_person',
    kind: 'mentoring',
    topics: ['project', 'municipality'],
    functions: ['management', 'development'],
    summary:
      'განვიხილეთ მარნეულის მუნიციპალიტეტთან პრაქტიკული პროექტის იდეა: სოფლის წყალმომარაგების შესახებ ინფორმაციის ორ ენაზე გავრცელება. ' +
      'ნინომ ჩამოაყალიბა პროექტის მიზანი და პირველი ნაბიჯები.',
    actions: [{ text: 'პროექტის ერთგვერდიანი აღწერის მომზადება', owner: NINO, dueInDays: -70, done: true }],
    sign: [NINO],
  },
  {
    daysAgo: 60,
    fellows: [ELVIN],
    minutes: 60,
    mode: 'online',
    kind: 'mentoring',
    topics: ['career', 'gesi'],
    functions: ['support', 'development'],
    summary:
      'Elvinlə bələdiyyədə gender büdcələşdirməsi üzrə təcrübəsini müzakirə etdik. O, ictimai dinləmələrdə qadınların ' +
      'iştirakını artırmaq üçün kənd görüşlərini axşam saatlarına keçirməyi təklif etdi.',
    actions: [{ text: 'Dinləmə elanını iki dildə hazırlamaq', owner: ELVIN, dueInDays: -50, done: true }],
    sign: [ELVIN],
  },
  {
    daysAgo: 70,
    fellows: [ARMEN],
    minutes: 90,
    mode: 'in_person',
    kind: 'individual_supervision',
    topics: ['casework', 'ethics'],
    functions: ['management', 'support', 'mediation'],
    summary:
      'Քննարկեցինք մի դեպք, երբ տարեց կինը հրաժարվում է տնային խնամքից։ Արմենը ներկայացրեց իր գնահատումը, ' +
      'միասին մտածեցինք, թե ինչպես հարգել անձի ընտրությունը և միաժամանակ նվազեցնել ռիսկը։',
    situation: 'Միայնակ ապրող տարեց կինը հրաժարվում է տնային այցերից, թեև դժվարանում է ինքնուրույն տեղաշարժվել։',
    analysis: 'Հրաժարումը կապված է նախկին վատ փորձի և լեզվական խոչընդոտի հետ։',
    risk: 'Միջին՝ ընկնելու և մեկուսացման ռիսկ։',
    decision: 'Առաջարկել հայերենախոս աշխատողի այց և ընտանիքի անդամի մասնակցություն։',
    rationale: 'Անձի ինքնորոշման հարգանք և վստահության աստիճանական կառուցում։',
    notes: 'Արմենը հոգնած էր թվում. հաջորդ անգամ խոսել ծանրաբեռնվածության մասին։',
    actions: [{ text: 'Կազմակերպել համատեղ այց ընտանիքի անդամի հետ', owner: ARMEN, dueInDays: -55, done: true }],
    sign: [ARMEN],
  },
  {
    daysAgo: 45,
    fellows: [NINO],
    minutes: 60,
    mode: 'phone',
    kind: 'mentoring',
    topics: ['self-care'],
    functions: ['support'],
    summary: 'ვისაუბრეთ დატვირთვაზე და იმაზე, როგორ გაანაწილოს ნინომ დრო სამსახურსა და პროგრამას შორის.',
    actions: [{ text: 'ყოველკვირეული გეგმის შედგენა', owner: NINO, dueInDays: -30, done: false }],
    sign: [NINO],
    amend: {
      changes: { minutes: 75 },
      reason: 'საუბარი 75 წუთს გაგრძელდა; ორივე შევთანხმდით ხანგრძლივობის გასწორებაზე.',
    },
  },
  {
    daysAgo: 35,
    fellows: [ARMEN],
    minutes: 60,
    mode: 'online',
    kind: 'individual_supervision',
    topics: ['self-care', 'teamwork'],
    functions: ['support', 'management'],
    summary: 'Խոսեցինք աշխատանքային ծանրաբեռնվածության և հյուրընկալող կազմակերպությունում դերերի բաշխման մասին։',
    actions: [{ text: 'Ղեկավարի հետ քննարկել դեպքերի թիվը', owner: ARMEN, dueInDays: -5, done: false }],
    sign: [ARMEN],
  },
  {
    daysAgo: 20,
    fellows: [NINO, ELVIN],
    minutes: 90,
    mode: 'in_person',
    kind: 'group_supervision',
    topics: ['gesi', 'municipality'],
    functions: ['development', 'support'],
    summary:
      'Group session in Marneuli: Nino and Elvin compared how their municipalities announce public hearings and agreed on ' +
      'a short checklist for bilingual, accessible announcements.',
    actions: [
      { text: 'Draft the shared announcement checklist', owner: ELVIN, dueInDays: 5, done: false },
      { text: 'Test the checklist at the next hearing', owner: NINO, dueInDays: 14, done: false },
    ],
    sign: [NINO, ELVIN],
  },
  {
    daysAgo: 10,
    fellows: [ELVIN],
    minutes: 60,
    mode: 'online',
    kind: 'mentoring',
    topics: ['project'],
    functions: ['management'],
    summary: 'Elvinin layihə büdcəsini və vaxt cədvəlini nəzərdən keçirdik.',
    actions: [],
    disagree: {
      [ELVIN]: 'Görüş 60 deyil, təxminən 40 dəqiqə çəkdi; bağlantı iki dəfə kəsildi.',
    },
  },
  {
    daysAgo: 3,
    fellows: [NINO],
    minutes: 45,
    mode: 'online',
    kind: 'mentoring',
    topics: ['project', 'career'],
    functions: ['development'],
    summary: 'შევაჯამეთ პროექტის პირველი შედეგები და დავგეგმეთ პრეზენტაცია მუნიციპალიტეტის საბჭოსთვის.',
    actions: [{ text: 'პრეზენტაციის მონახაზის გაზიარება', owner: NINO, dueInDays: 7, done: false }],
    sign: [],
  },
  {
    daysAgo: 1,
    fellows: [ARMEN],
    minutes: 60,
    mode: 'phone',
    kind: 'individual_supervision',
    topics: ['ethics'],
    functions: ['support'],
    summary: 'Համառոտ զանգ՝ գաղտնիության հարցի շուրջ, երբ հարևանը տեղեկություն է խնդրում։',
    actions: [],
    draft: true,
  },
];

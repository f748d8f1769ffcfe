// What demo fellows wrote in their journals, in their own language, answering the <Reflection>
// prompts of modules they read (prompt = the Reflection's id in the module's MDX).

export const DEMO_REFLECTIONS = [
  {
    fellow: 'fellow@demo.ertad.example',
    course: 'gesi-foundations',
    module: 'what-gesi-means',
    prompt: 'who-is-missing',
    text:
      'ბოლო შეხვედრაზე, რომელიც მარნეულში წყალმომარაგების საკითხზე მოვაწყვეთ, ძირითადად ქართულენოვანი კაცები მოვიდნენ. ' +
      'არ იყვნენ აზერბაიჯანულენოვანი ქალები სოფლებიდან: განცხადება მხოლოდ ქართულად გავავრცელეთ, შეხვედრა კი სამუშაო ' +
      'საათებში იყო, როცა ბევრი მათგანი ბავშვებს უვლის. შემდეგ ჯერზე განცხადებას ორ ენაზე გავავრცელებთ და შეხვედრას ' +
      'საღამოს, სოფელშივე მოვაწყობთ.',
  },
  {
    fellow: 'fellow@demo.ertad.example',
    course: 'gesi-foundations',
    module: 'intersectionality-in-practice',
    prompt: 'hidden-person',
    text:
      'ვფიქრობ ერთ ხანდაზმულ ქალზე მთიანი სოფლიდან: ის აზერბაიჯანულად ლაპარაკობს, ქართულად ვერ კითხულობს, ეტლით ' +
      'გადაადგილდება და მარტო ცხოვრობს. ქაღალდზე მისთვის ღიაა მუნიციპალიტეტის სოციალური პროგრამა, მაგრამ განაცხადს ' +
      'მხოლოდ ქართულად და მხოლოდ მერიის მეორე სართულზე იღებენ, სადაც ლიფტი არ არის. ბარიერი ერთდროულად ენა, ' +
      'ფიზიკური ხელმისაწვდომობა და ტრანსპორტია.',
  },
  {
    fellow: 'elvin@demo.ertad.example',
    course: 'gesi-foundations',
    module: 'what-gesi-means',
    prompt: 'who-is-missing',
    text:
      'Keçən ay Marneulidə gənclər üçün təlim keçirdik. İştirakçıların çoxu şəhərdən olan oğlanlar idi. Kəndlərdən ' +
      'qızlar demək olar ki, gəlmədi: nəqliyyat baha idi, təlim axşam gec bitirdi və bəzi ailələr qızlarının tək ' +
      'gəlməsinə razı deyildi. Növbəti dəfə təlimi kənddə, gündüz keçirmək və yol xərclərini ödəmək istəyirik.',
  },
  {
    fellow: 'elvin@demo.ertad.example',
    course: 'participatory-governance',
    module: 'participatory-local-governance',
    prompt: 'mechanism-map',
    text:
      'Bizim kənddə sakinlər son iki ildə yalnız kənd yığıncağından istifadə ediblər. Gənc qadınlar heç vaxt iştirak ' +
      'etməyib: yığıncaq çayxanada keçirilir, elanlar isə yalnız gürcü dilində asılır. Elanları Azərbaycan dilində ' +
      'də yaymaq və yığıncağı məktəbdə keçirmək ilk addım ola bilər.',
  },
  {
    fellow: 'emma@demo.ertad.example',
    course: 'gesi-foundations',
    module: 'what-gesi-means',
    prompt: 'who-is-missing',
    text:
      'At our last volunteer training in Bolnisi almost everyone was under 30 and spoke Georgian or English. Older ' +
      'residents and Azerbaijani-speaking women did not come: we announced it on Facebook only, and the room was up ' +
      'a flight of stairs. Next time we will ask the village mobilisers to spread the word in Azerbaijani and book ' +
      'the ground-floor hall of the library.',
  },
  {
    fellow: 'armen@demo.ertad.example',
    course: 'community-services-multiethnic',
    module: 'reaching-ethnic-minority-communities',
    prompt: 'missing-voices',
    text:
      'Ախալքալաքում մեր աշխատանքից բացակայում է գյուղերում ապրող տարեց կանանց ձայնը։ Նրանք խոսում են հայերեն, ' +
      'վրացերեն չեն կարդում և հազվադեպ են օգտվում համացանցից։ Նրանց կարող է հասնել գյուղի բուժքույրը, ով ամեն ' +
      'շաբաթ այցելում է տներ, իսկ տեղեկությունը պետք է լինի հայերեն՝ տպագիր թերթիկով։ Ռիսկը բուժքրոջ ' +
      'ծանրաբեռնվածությունն է, և այն, որ կանայք կարող են չցանկանալ խոսել ընտանիքի անդամների ներկայությամբ։',
  },
  {
    fellow: 'lilit@demo.ertad.example',
    course: 'community-services-multiethnic',
    module: 'water-and-health-services',
    prompt: 'water-route',
    text:
      'Նինոծմինդայի մի գյուղում կինը ջուր է բերում աղբյուրից, որը տնից կես կիլոմետր հեռու է։ Ձմռանը ճանապարհը ' +
      'սառցակալում է, իսկ ամռանը ջուրը հաճախ անջատվում է։ Ջրամատակարարման համար պատասխանատու են ' +
      'մունիցիպալիտետը և ջրային ընկերությունը, բայց կինը չգիտի, թե ում դիմի, քանի որ տեղեկությունը միայն ' +
      'վրացերեն է։',
  },
];

import type { Lang } from '../i18n/languages';

// Function words only (conjunctions, particles, pronouns, free-standing postpositions, copulas), already case-folded.
const list = (words: string): ReadonlySet<string> => new Set(words.split(' '));

/** Each language's stop words. */
export const STOP_WORDS: Record<Lang, ReadonlySet<string>> = {
  ka: list(
    'და ან თუ რომ მაგრამ თუმცა ხოლო ანუ ანდა თორემ რადგან რადგანაც ვინაიდან როგორც როცა როდესაც სანამ ვიდრე ' +
      'თითქოს მაშინ ამიტომ იმიტომ ასე ისე ასევე აგრეთვე ისევე კი ხომ არ ვერ ნუ არა კიდევ უკვე ჯერ მხოლოდ ' +
      'ძალიან უფრო ყველაზე მაინც თუნდაც ახლა არის არიან იყო იყვნენ იქნება ვარ ხარ ვართ ხართ უნდა შეიძლება ' +
      'მე შენ ის ეს ეგ იგი ისინი ესენი ჩვენ თქვენ ჩემი შენი მისი მათი ჩვენი თქვენი თავისი მას ამას იმას მის ' +
      'ამის იმის მათ ამ იმ ამით იმით აქ იქ სად სადაც რა რაც რის რით ვინ ვინც რომელიც რომელსაც რომლის ' +
      'რომლებიც რომლებსაც როგორ რატომ ყველა ყველაფერი ზოგი ზოგიერთი სხვა მიერ შესახებ შემდეგ მიმართ ' +
      'გარეშე გარდა შორის მიხედვით დროს გამო ნაცვლად თანახმად',
  ),
  hy: list(
    'եւ ու էլ է են եմ ես ենք եք էր էին էի կլինի ի այս այդ այն սա դա նա նրա նրան նրանք նրանց իր իրենց ' +
      'ինքը իրեն մենք մեզ մեր դուք ձեզ ձեր իմ ինձ դու քեզ քո ով ինչ ինչու ինչպես որ որը որոնք որի որին որով ' +
      'որից որտեղ երբ եթե բայց կամ թե թեեւ որովհետեւ քանի համար մասին հետ մեջ վրա տակ առաջ հետո միջեւ պես ' +
      'նման կողմից դեպի մինչեւ առանց բացի չէ ոչ չի չեն նաեւ արդեն միայն շատ բոլոր բոլորը ամեն յուրաքանչյուր ' +
      'այլ ավելի նույն նույնպես այստեղ այնտեղ հենց իսկ սակայն ապա ուստի այսինքն պետք',
  ),
  az: list(
    'və ilə da də ki ya yaxud həm amma ancaq lakin çünki əgər isə bu o bir belə elə həmin bunlar onlar bunu ' +
      'onu buna ona bunun onun bunda onda bundan ondan onların bunların mən sən biz siz məni səni bizi sizi ' +
      'mənim sənin bizim sizin öz özü özləri hansı kim nə necə niyə harada hara üçün kimi görə qədər sonra əvvəl ' +
      'haqqında barədə arasında tərəfindən üzrə qarşı artıq daha ən çox bəzi bütün hər heç hamı digər başqa ' +
      'eyni yalnız hətta hələ indi burada orada yəni həmçinin habelə var yox deyil idi imiş olan olaraq olur ' +
      'olub oldu',
  ),
  en: list(
    'a about after again against all also am an and any are as at be because been before between both but ' +
      "by can could did do does don't during each few for from had has have he her here hers him his how i " +
      "if in into is it it's its just me more most my no nor not of on only or other our ours she should so " +
      'some such than that the their theirs them then there these they this those through to too under until ' +
      'very was we were what when where which while who whom why will with would you your yours',
  ),
};

/** Whether a case-folded word carries no meaning of its own in this language. */
export function isStopWord(word: string, lang: Lang): boolean {
  return STOP_WORDS[lang].has(word);
}

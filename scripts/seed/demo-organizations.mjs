// Organisations of the demo: CSOs, host organisations where fellows are placed, and the
// municipalities they work with. Invented names, real places. Municipality and region are
// English: they are the values reports group by, and the interface translates them.

const KK = 'Kvemo Kartli';
const SJ = 'Samtskhe-Javakheti';

export const DEMO_ORGANIZATIONS = [
  { kind: 'cso', name: 'ქვემო ქართლის ქალთა ქსელი', municipality: 'Marneuli', region: KK },
  { kind: 'cso', name: 'ბოლნისის ახალგაზრდული ინიციატივების ცენტრი', municipality: 'Bolnisi', region: KK },
  { kind: 'cso', name: 'დმანისის ინკლუზიური თემის ფონდი', municipality: 'Dmanisi', region: KK },
  { kind: 'cso', name: 'ჯავახეთის სამოქალაქო დიალოგის ცენტრი', municipality: 'Akhalkalaki', region: SJ },
  { kind: 'cso', name: 'ნინოწმინდის თემის განვითარების ასოციაცია', municipality: 'Ninotsminda', region: SJ },
  { kind: 'host', name: 'მარნეულის სათემო სოციალური მომსახურების ცენტრი', municipality: 'Marneuli', region: KK },
  { kind: 'host', name: 'ბოლნისის მუნიციპალური ბიბლიოთეკა', municipality: 'Bolnisi', region: KK },
  { kind: 'host', name: 'ახალქალაქის ინკლუზიური განათლების რესურსცენტრი', municipality: 'Akhalkalaki', region: SJ },
  { kind: 'municipality', name: 'მარნეულის მუნიციპალიტეტის მერია', municipality: 'Marneuli', region: KK },
  { kind: 'municipality', name: 'ბოლნისის მუნიციპალიტეტის მერია', municipality: 'Bolnisi', region: KK },
  { kind: 'municipality', name: 'ახალქალაქის მუნიციპალიტეტის მერია', municipality: 'Akhalkalaki', region: SJ },
  { kind: 'municipality', name: 'ნინოწმინდის მუნიციპალიტეტის მერია', municipality: 'Ninotsminda', region: SJ },
];

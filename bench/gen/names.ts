// Plausible personal names by naming tradition, for generated officials. Only common given
// names and surnames; none is also a country, capital or office word, so a generated name never
// reads as a place or a title. `surnameFirst` puts the family name first, as wire copy writes
// Chinese and Korean names ("Wang Yi").

export interface NamePool {
  given: readonly string[];
  surnames: readonly string[];
  surnameFirst?: boolean;
}

const w = (s: string): string[] => s.split(' ');

export const POOLS = {
  slavic: {
    given: w('Sergei Dmitry Alexei Nikolai Igor Viktor Andrei Oleg Mikhail Yuri Pavel Boris Anton Denis Olga Irina Tatiana Elena Natalia Svetlana'),
    surnames: w('Ivanov Petrov Sokolov Volkov Morozov Lebedev Kozlov Novikov Orlov Belov Zaitsev Pavlov Semenov Golubev Vinogradov Bogdanov Kuznetsov Karpov Frolov Gusev Titov Kovalenko Shevchenko Bondarenko Tkachenko Melnik Nowak Kowalski Horvat Petrovic'),
  },
  chinese: {
    given: w('Jianguo Weiming Haitao Yuqing Zhiwei Lihua Guoqiang Hongwei Jianhua Xiaoming Chunyan Yong Jun Lei Gang Bin Hao Tao Ming Qiang'),
    surnames: w('Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Zhu Hu Guo Lin Gao Luo Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao'),
    surnameFirst: true,
  },
  japanese: {
    given: w('Taro Hiroshi Kenji Takeshi Shinzo Fumio Yoshimasa Katsunobu Toshimitsu Kenta Yoko Keiko Yuko Haruka Akiko Naoki Daisuke Masato Ryota Sanae'),
    surnames: w('Tanaka Suzuki Watanabe Takahashi Kobayashi Nakamura Yamamoto Kato Yoshida Sasaki Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Ikeda Hashimoto Ishikawa'),
  },
  korean: {
    given: w('Minjun Seojun Dohyun Jiho Junwoo Hyunwoo Jihun Sungmin Youngsoo Kyunghwa Jiwon Soyeon Eunji Hyejin Mikyung Sangwoo Taeyang Chulsoo Jaehyun Dongwook'),
    surnames: w('Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Shin Seo Kwon Hwang Ahn Song Hong Yoo Ko Moon'),
    surnameFirst: true,
  },
  arabic: {
    given: w('Mohammed Ahmed Khalid Abdullah Faisal Omar Youssef Hassan Tariq Salman Nasser Karim Walid Ziad Samir Rania Layla Huda Mona Nadia'),
    surnames: w('Haddad Khoury Mansour Saleh Hamdan Darwish Qasim Rahman Aziz Farouk Karam Jaber Sabbagh Najjar Hariri Tamimi Masri Shammari Otaibi Zahrani Ghanem Saadi Hashemi Obeidi Badawi'),
  },
  turkic: {
    given: w('Mehmet Mustafa Ahmet Murat Emre Hakan Kemal Serkan Burak Ismail Ayse Zeynep Elif Fatma Leyla Nursultan Askar Timur Rustam Farhod'),
    surnames: w('Yilmaz Kaya Demir Sahin Celik Yildiz Ozturk Aydin Arslan Dogan Kilic Aslan Cetin Kurt Koc Nazarbekov Tokayev Aliyev Karimov Rahimov Mirzaev Jafari Rezaei Mousavi Hosseini Ahmadi'),
  },
  anglo: {
    given: w('James John Robert Michael David Richard Thomas Mark Paul Peter Andrew Simon Susan Karen Sarah Emma Claire Anne Laura Helen'),
    surnames: w('Smith Johnson Brown Taylor Wilson Davies Evans Walker Wright Thompson Harris Clarke Hughes Bennett Carter Mitchell Cooper Turner Parker Collins Edwards Stewart Murphy Reid Campbell Morris Rogers Cook Bailey Fraser'),
  },
  french: {
    given: w('Jean Pierre Philippe Laurent Nicolas Olivier Michel Thierry Bruno Julien Catherine Isabelle Sophie Nathalie Sylvie Monique Camille Pascal Didier Yves'),
    surnames: w('Dubois Lefebvre Moreau Girard Bonnet Dupont Lambert Fontaine Rousseau Mercier Blanc Guerin Faure Chevalier Marchand Garnier Perrin Roussel Lemaire Gauthier Renaud Leclerc Barbier Picard Brunet'),
  },
  germanic: {
    given: w('Hans Klaus Wolfgang Stefan Andreas Frank Markus Jan Lars Henrik Ursula Angelika Heike Katrin Annalena Ingrid Birgit Johan Erik Pieter'),
    surnames: w('Schmidt Schneider Fischer Weber Wagner Becker Hoffmann Schulz Koch Richter Klein Wolf Neumann Schwarz Zimmermann Krause Hartmann Lange Werner Jansen Bakker Visser Andersson Johansson Larsen Nielsen Hansen Lindqvist'),
  },
  hispanic: {
    given: w('Carlos Luis Juan Miguel Jorge Alejandro Fernando Ricardo Eduardo Diego Ana Lucia Carmen Gabriela Marcela Rosa Patricia Javier Andres Sergio'),
    surnames: w('Garcia Rodriguez Martinez Lopez Gonzalez Hernandez Perez Sanchez Ramirez Torres Flores Rivera Gomez Diaz Morales Ortiz Castillo Romero Vargas Ruiz Mendoza Aguilar Herrera Medina Castro Navarro'),
  },
  lusophone: {
    given: w('Paulo Pedro Marcos Rafael Tiago Bruno Gustavo Rodrigo Fabio Leandro Fernanda Beatriz Juliana Mariana Luciana Renata Adriana Joaquim Vasco Nuno'),
    surnames: w('Silva Santos Oliveira Souza Costa Pereira Almeida Ferreira Carvalho Ribeiro Gomes Martins Rocha Barbosa Moreira Cardoso Teixeira Correia Nunes Mendes'),
  },
  southAsian: {
    given: w('Rajesh Amit Sanjay Vijay Anil Sunil Rahul Arjun Ashok Imran Shahid Tariq Priya Sunita Anjali Kavita Nirmala Sushma Farhan Bilal'),
    surnames: w('Sharma Verma Gupta Singh Patel Kumar Reddy Rao Nair Iyer Mehta Joshi Chaudhry Qureshi Malik Hussain Rana Bhattarai Thapa Perera Fernando Jayasuriya Rahman Chowdhury Siddiqui'),
  },
  african: {
    given: w('Kwame Kofi Emmanuel Samuel Joseph Moses Ibrahim Abdoulaye Amadou Chinedu Tendai Thabo Amina Grace Fatou Ngozi Wanjiru Aisha Blessing Mamadou'),
    surnames: w('Mensah Okafor Adeyemi Mwangi Otieno Kamau Banda Phiri Dlamini Nkosi Diallo Traore Keita Ouattara Kone Abubakar Bello Musa Owusu Boateng Asante Nwosu Eze Moyo Ndlovu Kiplagat Wekesa Sow'),
  },
  southeastAsian: {
    given: w('Budi Agus Hendra Rizal Anwar Ismail Hamzah Somchai Prayut Thanat Siti Dewi Retno Nurul Maria Teresa Rodrigo Manuel Ferdinand Ramon'),
    surnames: w('Santoso Wijaya Hidayat Kurniawan Pratama Saputra Halim Ibrahim Abdullah Razak Hussein Chan Tan Lim Wong Suwannarat Chaiyasit Reyes Cruz Bautista Aquino Villanueva'),
  },
  pacific: {
    given: w('Sione Tevita Josaia Ratu Manasseh James David Peter Mele Ana Losana Litia Frank Henry Joseph Kausea Taneti Enele Fiame Meleane'),
    surnames: w('Tupou Fifita Bainimarama Rabuka Sogavare Natano Mataafa Puna Tuilaepa Vaai Kalsakau Tabe Maau Lauti Sopoaga Kabua Heine Panuelo Whipps'),
  },
} satisfies Record<string, NamePool>;

export type PoolName = keyof typeof POOLS;

/** The naming tradition of a UN subregion (world-countries' `subregion`), with per-country exceptions. */
export function poolFor(subregion: string, code: string): PoolName {
  const byCode: Record<string, PoolName> = {
    CHN: 'chinese', TWN: 'chinese', SGP: 'chinese', JPN: 'japanese', KOR: 'korean', PRK: 'korean', MNG: 'turkic',
    BRA: 'lusophone', PRT: 'lusophone', AGO: 'lusophone', MOZ: 'lusophone', CPV: 'lusophone', GNB: 'lusophone', STP: 'lusophone',
    FRA: 'french', BEL: 'french', LUX: 'french', MCO: 'french', HTI: 'french', CHE: 'germanic', TUR: 'turkic', AZE: 'turkic',
    IRN: 'turkic', AFG: 'southAsian', ISR: 'anglo', GBR: 'anglo', IRL: 'anglo', USA: 'anglo', CAN: 'anglo', CYP: 'anglo', GRC: 'anglo', ARM: 'slavic', GEO: 'slavic',
    ESP: 'hispanic', PHL: 'southeastAsian', SDN: 'arabic', SSD: 'african', MRT: 'arabic', SOM: 'arabic', DJI: 'arabic',
  };
  if (byCode[code]) return byCode[code];
  if (/Eastern Europe|Southeast Europe|Central Europe/.test(subregion)) return 'slavic';
  if (/Northern Africa|Western Asia/.test(subregion)) return 'arabic';
  if (/Central Asia/.test(subregion)) return 'turkic';
  if (/Southern Asia/.test(subregion)) return 'southAsian';
  if (/South-Eastern Asia/.test(subregion)) return 'southeastAsian';
  if (/Eastern Asia/.test(subregion)) return 'chinese';
  if (/Africa/.test(subregion)) return 'african';
  if (/South America|Central America/.test(subregion)) return 'hispanic';
  if (/Western Europe|Northern Europe/.test(subregion)) return 'germanic';
  if (/Southern Europe/.test(subregion)) return 'hispanic';
  if (/Melanesia|Micronesia|Polynesia/.test(subregion)) return 'pacific';
  return 'anglo';
}

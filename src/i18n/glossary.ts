/**
 * The portal's key terms in all seven languages: one agreed word per idea, so a reader meets
 * "overdue" as the same word on every page. Translators (and the string files) follow it; a test
 * fails when a string file uses one of the variants listed under `avoid`. The translation-status
 * page publishes it for volunteer translators.
 *
 * `official` says where a foreign-language term comes from the Vietnamese state's own editions
 * (Vietnam News Agency, Nhân Dân and the Government portal publish in English, French and Russian);
 * Ukrainian, Dutch and Indonesian have no such editions, so those terms are ours.
 */
import type { LocaleCode } from './locales.ts';

export interface GlossaryEntry {
  id: string;
  /** What the term means here, in English, for translators. */
  meaning: string;
  /** The term as the interface writes it, in every language. */
  term: Record<LocaleCode, string>;
  /** A shorter form that every inflection contains, where the language declines the term. */
  stem?: Partial<Record<LocaleCode, string>>;
  /** Variants a translator might reach for that say something else or mix two words for one idea. */
  avoid?: Partial<Record<LocaleCode, readonly RegExp[]>>;
  /** Languages whose term is the one the Vietnamese state's foreign-language editions use. */
  official?: readonly LocaleCode[];
  /** "records": a term of the record texts (document types, names), which the interface need not use. */
  scope?: 'records';
}

/**
 * A whole word or phrase, matched with Unicode letters: `\b` knows only ASCII letters, so
 * `/\bмета\b/` never matches in Cyrillic (or next to a Vietnamese letter with a mark).
 * @example word('мет(а|и)').test('Ця мета') // true
 */
export function word(source: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'iu');
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    id: 'public-progress',
    meaning: 'The first of the Steering Committee’s “three publicities”: progress made public.',
    term: {
      vi: 'Công khai tiến độ',
      en: 'Public progress',
      fr: 'Avancement public',
      ru: 'Открытость хода работ',
      uk: 'Відкритість перебігу робіт',
      nl: 'Openbare voortgang',
      id: 'Keterbukaan kemajuan',
    },
  },
  {
    id: 'public-responsibility',
    meaning: 'The second publicity: who answers for each task, made public.',
    term: {
      vi: 'Công khai trách nhiệm',
      en: 'Public responsibility',
      fr: 'Responsabilité publique',
      ru: 'Открытость ответственности',
      uk: 'Відкритість відповідальності',
      nl: 'Openbare verantwoordelijkheid',
      id: 'Keterbukaan tanggung jawab',
    },
  },
  {
    id: 'public-results',
    meaning: 'The third publicity: results against the Resolution’s targets, made public. Not the per-body record (“tình hình thực hiện”).',
    term: {
      vi: 'Công khai kết quả',
      en: 'Public results',
      fr: 'Résultats publics',
      ru: 'Открытость результатов',
      uk: 'Відкритість результатів',
      nl: 'Openbare resultaten',
      id: 'Keterbukaan hasil',
    },
    avoid: { vi: [/kết quả (của|tại) /i] },
  },
  {
    id: 'steering-committee',
    meaning: 'Ban Chỉ đạo: a Party or Government steering committee, above all the Central Steering Committee for Resolution 57.',
    term: {
      vi: 'Ban chỉ đạo',
      en: 'Steering committee',
      fr: 'Comité de pilotage',
      ru: 'Руководящий комитет',
      uk: 'Керівний комітет',
      nl: 'Stuurcomité',
      id: 'Komite pengarah',
    },
    stem: { ru: 'Руководящ', uk: 'Керівн' },
    avoid: {
      fr: [/comité directeur/i],
      ru: [/управляющий комитет/i],
      uk: [/керуючий комітет/i],
      nl: [/stuurgroep/i],
      id: [/panitia pengarah/i],
    },
    official: ['en', 'fr', 'ru'],
  },
  {
    id: 'fatherland-front',
    meaning: 'Mặt trận Tổ quốc Việt Nam, the Vietnam Fatherland Front.',
    term: {
      vi: 'Mặt trận Tổ quốc',
      en: 'Fatherland Front',
      fr: 'Front de la Patrie',
      ru: 'Отечественный фронт',
      uk: 'Вітчизняний фронт',
      nl: 'Vaderlandsfront',
      id: 'Front Tanah Air',
    },
    avoid: { fr: [/Front de la patrie/], nl: [/Vaderlandse Front/i], ru: [/Фронт Отечества/i], uk: [/Фронт Батьківщини/i] },
    official: ['en', 'fr', 'ru'],
  },
  {
    id: 'lead-body',
    meaning: 'Cơ quan chủ trì: the body that answers for a task. It does not “lead” or “head” the task.',
    term: {
      vi: 'Cơ quan chủ trì',
      en: 'Lead body',
      fr: 'Chef de file',
      ru: 'Головной орган',
      uk: 'Головний орган',
      nl: 'Trekker',
      id: 'Penanggung jawab',
    },
    stem: { ru: 'головн', uk: 'головн', nl: 'trekk' },
    avoid: {
      ru: [/возглав/i, word('ведущ\\p{L}* орган\\p{L}*')],
      uk: [/очолю/i, word('провідн\\p{L}* орган\\p{L}*')],
      fr: [word('organismes? (co)?pilotes?(?! au)')],
      nl: [/leidend(e)? (orgaan|organen|instantie)/i],
      id: [/memimpin/i, /dipimpin/i],
    },
  },
  {
    id: 'overdue',
    meaning: 'Quá hạn: the deadline has passed and the task is not reported completed.',
    term: {
      vi: 'Quá hạn',
      en: 'Overdue',
      fr: 'Échéance dépassée',
      ru: 'Просрочено',
      uk: 'Прострочено',
      nl: 'Over de termijn',
      id: 'Lewat tenggat',
    },
    stem: { ru: 'просроч', uk: 'простроч' },
    avoid: { fr: [/^en retard/i, /tâches? en retard/i, /est en retard/i], nl: [/achterstallig/i, /over tijd/i] },
  },
  {
    id: 'completed-late',
    meaning: 'Hoàn thành chậm: completed, but first reported completed after the deadline.',
    term: {
      vi: 'Hoàn thành chậm',
      en: 'Completed late',
      fr: 'Achevée en retard',
      ru: 'Выполнено с опозданием',
      uk: 'Виконано із запізненням',
      nl: 'Te laat afgerond',
      id: 'Selesai terlambat',
    },
    stem: { fr: 'en retard', ru: 'с опозданием', uk: 'із запізненням', nl: 'te laat' },
  },
  {
    id: 'on-time-rate',
    meaning:
      'Tỷ lệ đúng hạn: on time ÷ (on time + late + overdue), over tasks whose timeliness can already be judged — including tasks completed before their deadline.',
    term: {
      vi: 'Tỷ lệ đúng hạn',
      en: 'On-time rate',
      fr: 'Taux de respect des délais',
      ru: 'Доля выполненного в срок',
      uk: 'Частка виконаного вчасно',
      nl: 'Aandeel op tijd',
      id: 'Tingkat ketepatan waktu',
    },
    avoid: {
      en: [/deadlines? (has|have) (not )?been tested/i],
      fr: [/éprouvé/i],
      ru: [/срок (которой|которых) (уже|ещё) (не )?наступил/i, /пока не оценить/i, /пока не поддаётся/i],
      uk: [/строк (якого|яких) (уже|вже|ще) (не )?настав/i, /поки не оцінити/i],
      nl: [/waarvan de termijn (al|nog niet) verstreken/i],
      id: [/tenggatnya (sudah|belum) tiba/i],
    },
  },
  {
    id: 'target',
    meaning: 'Mục tiêu: a value the Resolution sets for a date (“30% of GDP by 2030”).',
    term: { vi: 'Mục tiêu', en: 'Target', fr: 'Objectif', ru: 'Цель', uk: 'Ціль', nl: 'Doel', id: 'Target' },
    stem: { ru: 'цел', uk: 'ціл' },
    avoid: { fr: [word('cibles?')], uk: [word('мет(а|и|і|у|ою)')], nl: [/doelstelling/i] },
  },
  {
    id: 'indicator',
    meaning: 'Chỉ tiêu: what is measured against a target (the digital economy’s share of GDP).',
    term: { vi: 'Chỉ tiêu', en: 'Indicator', fr: 'Indicateur', ru: 'Показатель', uk: 'Показник', nl: 'Indicator', id: 'Indikator' },
    stem: { ru: 'показател', uk: 'показник' },
  },
  {
    id: 'assessment',
    meaning: 'Đánh giá độc lập: a finding on a task by someone other than the body that reports on it.',
    term: { vi: 'Đánh giá', en: 'Assessment', fr: 'Évaluation', ru: 'Оценка', uk: 'Оцінка', nl: 'Beoordeling', id: 'Penilaian' },
    stem: { ru: 'оценк', uk: 'оцінк' },
  },
  {
    id: 'correction',
    meaning: 'Đính chính: a new dated entry that corrects a published one, which stays as it was.',
    term: { vi: 'Đính chính', en: 'Correction', fr: 'Rectification', ru: 'Исправление', uk: 'Виправлення', nl: 'Correctie', id: 'Koreksi' },
    stem: { ru: 'исправл', uk: 'виправл' },
  },
  {
    id: 'obstacle-reported',
    meaning: 'Reported status “blocked”: the body reported an obstacle. Nothing is locked.',
    term: {
      vi: 'Gặp vướng mắc',
      en: 'Blocked',
      fr: 'Bloquée',
      ru: 'Есть препятствия',
      uk: 'Є перешкоди',
      nl: 'Geblokkeerd',
      id: 'Terhambat',
    },
    stem: { vi: 'vướng mắc', fr: 'bloqu', nl: 'geblokkeerd' },
    avoid: { ru: [/заблокирован/i], uk: [/заблокован/i] },
  },
  {
    id: 'three-publicities',
    meaning: 'Ba công khai: the Steering Committee’s “three publicities” — progress, responsibility and results made public.',
    term: {
      vi: 'Ba công khai',
      en: 'Three publicities',
      fr: 'Trois transparences',
      ru: 'Три открытости',
      uk: 'Три відкритості',
      nl: 'Drie openbaarheden',
      id: 'Tiga keterbukaan',
    },
    avoid: { fr: [/publicités/i] },
    scope: 'records',
  },
  {
    id: 'resolution',
    meaning: 'Nghị quyết: a resolution (of the Politburo, the National Assembly or the Government), above all Resolution No. 57-NQ/TW.',
    term: { vi: 'Nghị quyết', en: 'Resolution', fr: 'Résolution', ru: 'Резолюция', uk: 'Резолюція', nl: 'Resolutie', id: 'Resolusi' },
    stem: { ru: 'резолюци', uk: 'резолюці' },
    avoid: { ru: [word('постановлени\\p{L}*')], uk: [word('постанов(а|и|і|у|ою)')] },
    official: ['en', 'fr', 'ru'],
  },
  {
    id: 'decree',
    meaning: 'Nghị định: a decree of the Government (not a presidential decree, “указ”).',
    term: { vi: 'Nghị định', en: 'Decree', fr: 'Décret', ru: 'Декрет', uk: 'Декрет', nl: 'Decreet', id: 'Dekret' },
    stem: { ru: 'декрет', uk: 'декрет' },
    avoid: { ru: [word('указ(а|у|ом|е|ы|ов|ами|ах)?')], uk: [word('указ(у|ом|і|и|ів|ами|ах)?')] },
    scope: 'records',
  },
  {
    id: 'circular',
    meaning: 'Thông tư: a circular, a ministry’s regulation guiding a law or decree.',
    term: { vi: 'Thông tư', en: 'Circular', fr: 'Circulaire', ru: 'Циркуляр', uk: 'Циркуляр', nl: 'Circulaire', id: 'Surat edaran' },
    stem: { ru: 'циркуляр', uk: 'циркуляр' },
    scope: 'records',
  },
  {
    id: 'politburo',
    meaning: 'Bộ Chính trị: the Politburo of the Party Central Committee, which issued Resolution 57.',
    term: {
      vi: 'Bộ Chính trị',
      en: 'Politburo',
      fr: 'Bureau politique',
      ru: 'Политбюро',
      uk: 'Політбюро',
      nl: 'Politbureau',
      id: 'Politbiro',
    },
    official: ['en', 'fr', 'ru'],
    scope: 'records',
  },
  {
    id: 'national-assembly',
    meaning: 'Quốc hội: the National Assembly.',
    term: {
      vi: 'Quốc hội',
      en: 'National Assembly',
      fr: 'Assemblée nationale',
      ru: 'Национальное собрание',
      uk: 'Національні збори',
      nl: 'Nationale Assemblee',
      id: 'Majelis Nasional',
    },
    stem: { ru: 'национальн', uk: 'національн' },
    avoid: { ru: [/Государственн\p{L}* собрани/iu], id: [/Dewan Perwakilan Rakyat/i] },
    official: ['en', 'fr', 'ru'],
  },
  {
    id: 'commune',
    meaning: 'Xã: a commune, the lower level of the two-level local government since 1 July 2025.',
    term: { vi: 'Xã', en: 'Commune', fr: 'Commune', ru: 'Община', uk: 'Громада', nl: 'Gemeente', id: 'Komune' },
    stem: { ru: 'общин', uk: 'громад' },
  },
  {
    id: 'province-names',
    meaning: 'The provinces and cities named in the records, in the Russian and Ukrainian spelling of Vietnamese place names.',
    term: {
      vi: 'Cao Bằng, Điện Biên, Hà Tĩnh, Lai Châu, Lạng Sơn, Nghệ An, Quảng Ninh, Sơn La, Thanh Hóa; Hà Nội, Huế',
      en: 'Cao Bang, Dien Bien, Ha Tinh, Lai Chau, Lang Son, Nghe An, Quang Ninh, Son La, Thanh Hoa; Hanoi, Hue',
      fr: 'Cao Bang, Dien Bien, Ha Tinh, Lai Chau, Lang Son, Nghe An, Quang Ninh, Son La, Thanh Hoa ; Hanoï, Hué',
      ru: 'Каобанг, Дьенбьен, Хатинь, Лайтяу, Лангшон, Нгеан, Куангнинь, Шонла, Тханьхоа; Ханой, Хюэ',
      uk: 'Каобанг, Дьєнб’єн, Хатінь, Лайтяу, Лангшон, Нгеан, Куангнінь, Шонла, Тханьхоа; Ханой, Хюе',
      nl: 'Cao Bang, Dien Bien, Ha Tinh, Lai Chau, Lang Son, Nghe An, Quang Ninh, Son La, Thanh Hoa; Hanoi, Hue',
      id: 'Cao Bang, Dien Bien, Ha Tinh, Lai Chau, Lang Son, Nghe An, Quang Ninh, Son La, Thanh Hoa; Hanoi, Hue',
    },
    // Latin-letter place names left in a Cyrillic text.
    avoid: {
      ru: [
        word(
          '(Cao Bang|Dien Bien|Ha Tinh|Lai Chau|Lang Son|Nghe An|Quang Ninh|Son La|Thanh Hoa|Cao Bằng|Điện Biên|Hà Tĩnh|Lai Châu|Lạng Sơn|Nghệ An|Quảng Ninh|Sơn La|Thanh Hóa)',
        ),
      ],
      uk: [
        word(
          '(Cao Bang|Dien Bien|Ha Tinh|Lai Chau|Lang Son|Nghe An|Quang Ninh|Son La|Thanh Hoa|Cao Bằng|Điện Biên|Hà Tĩnh|Lai Châu|Lạng Sơn|Nghệ An|Quảng Ninh|Sơn La|Thanh Hóa)',
        ),
      ],
    },
    scope: 'records',
  },
];

export interface GlossaryViolation {
  key: string;
  term: string;
  found: string;
}

/** Every string that uses a variant the glossary rules out, with the term to use instead. */
export function glossaryViolations(strings: ReadonlyMap<string, string>, locale: LocaleCode): GlossaryViolation[] {
  const out: GlossaryViolation[] = [];
  for (const entry of GLOSSARY) {
    for (const pattern of entry.avoid?.[locale] ?? []) {
      for (const [key, text] of strings) {
        const match = pattern.exec(text);
        if (match) out.push({ key, term: entry.term[locale], found: match[0] });
      }
    }
  }
  return out;
}

/** The glossary terms a locale's strings never use: the glossary and the strings have drifted apart. */
export function unusedTerms(strings: ReadonlyMap<string, string>, locale: LocaleCode): string[] {
  const all = [...strings.values()].join('\n').toLocaleLowerCase(locale);
  return GLOSSARY.filter(
    (entry) => entry.scope !== 'records' && !all.includes((entry.stem?.[locale] ?? entry.term[locale]).toLocaleLowerCase(locale)),
  ).map((entry) => entry.id);
}

/**
 * The glossary run over record texts (task notes, names, titles, page texts), keyed by the text's
 * pointer: record texts are translated too, and a ruled-out variant there reads as wrongly as in the interface.
 */
export function recordGlossaryViolations(
  texts: readonly { pointer: string; text: Partial<Record<LocaleCode, string>> }[],
  locale: LocaleCode,
): GlossaryViolation[] {
  const own = new Map(texts.flatMap((t) => (t.text[locale] === undefined ? [] : [[t.pointer, t.text[locale]!] as const])));
  return glossaryViolations(own, locale);
}

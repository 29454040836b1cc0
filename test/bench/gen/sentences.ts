/**
 * Sentence banks for the generated news pages, in the pack's six languages. `{M}` is filled with an
 * alias of the pack in that language (a topic mention), `{N}` with a number; sentences without `{M}`
 * are plain news filler about other things, so mentions are spread rather than packed.
 */
import type { Lang } from '@/core/pack/types';

/** Filler and mention templates of one language. */
export interface SentenceBank {
  filler: readonly string[];
  mention: readonly string[];
  headings: readonly string[];
}

/** One bank per language the pack covers. */
export const BANKS: Readonly<Record<Lang, SentenceBank>> = {
  en: {
    filler: [
      'Officials in the regional capital said the bridge would reopen to traffic by the end of the month.',
      'The central bank left interest rates unchanged on Thursday, citing stubborn inflation in services.',
      'Local farmers reported a late harvest after weeks of heavy rain across the southern provinces.',
      'The ministry published a statement late on Tuesday but declined to answer further questions.',
      'Analysts cautioned that satellite images alone could not confirm the size of the deployment.',
      'Power was restored to most districts within {N} hours, according to the grid operator.',
    ],
    mention: [
      'According to intelligence officials, {M} played a growing role in the fighting this autumn.',
      'Reports about {M} could not be independently verified, the agency said on Monday.',
      'Diplomats said {M} was discussed at length during the closed session of the council.',
      'Around {N} people were affected, and {M} remained at the centre of the debate.',
    ],
    headings: ['What we know so far', 'Reaction from the region', 'The numbers behind the reports'],
  },
  de: {
    filler: [
      'Die Landesregierung kündigte am Mittwoch neue Mittel für den Ausbau der Schienenstrecke an.',
      'Nach Angaben des Wetterdienstes bleibt es in den kommenden Tagen ungewöhnlich mild.',
      'Die Opposition forderte eine Sondersitzung des Ausschusses noch vor der Sommerpause.',
      'Rund {N} Menschen nahmen an der Kundgebung in der Innenstadt teil, teilte die Polizei mit.',
    ],
    mention: [
      'Nach Angaben westlicher Geheimdienste spielen {M} eine wachsende Rolle in den Kämpfen.',
      'Berichte über {M} ließen sich zunächst nicht unabhängig überprüfen.',
      'In Berlin wurde das Thema {M} am Rande des Treffens ausführlich besprochen.',
    ],
    headings: ['Was bisher bekannt ist', 'Reaktionen aus Berlin'],
  },
  fr: {
    filler: [
      'Le gouvernement a annoncé mercredi un nouveau plan de soutien aux agriculteurs touchés par la sécheresse.',
      'Selon la préfecture, environ {N} personnes ont participé au rassemblement dans le centre-ville.',
      'Les négociations reprendront la semaine prochaine, a indiqué une source proche du dossier.',
      'La circulation reste perturbée sur plusieurs lignes de train régionales depuis lundi.',
    ],
    mention: [
      'Selon les services de renseignement, {M} joue un rôle croissant dans les combats.',
      'Les informations concernant {M} n’ont pas pu être vérifiées de manière indépendante.',
      'La question de {M} a été longuement évoquée lors de la réunion à huis clos.',
    ],
    headings: ['Ce que l’on sait', 'Les réactions internationales'],
  },
  ru: {
    filler: [
      'Власти региона сообщили, что движение по мосту будет восстановлено к концу месяца.',
      'Центральный банк сохранил ключевую ставку, сославшись на устойчивую инфляцию.',
      'По данным синоптиков, в ближайшие дни в столице ожидается похолодание и дожди.',
      'На митинг в центре города вышли около {N} человек, сообщили в полиции.',
    ],
    mention: [
      'По данным разведки, {M} играет всё более заметную роль в боевых действиях.',
      'Сообщения о том, что {M} участвует в операции, пока не получили подтверждения.',
      'Вопрос {M} обсуждался на закрытом заседании совета безопасности.',
    ],
    headings: ['Что известно на данный момент', 'Реакция в регионе'],
  },
  uk: {
    filler: [
      'Влада області повідомила, що рух мостом відновлять до кінця місяця.',
      'Національний банк залишив облікову ставку без змін через високу інфляцію.',
      'За даними синоптиків, найближчими днями у столиці очікуються дощі.',
      'На акцію в центрі міста вийшли близько {N} людей, повідомили в поліції.',
    ],
    mention: [
      'За даними розвідки, {M} відіграє дедалі помітнішу роль у бойових діях.',
      'Повідомлення про те, що {M} бере участь в операції, поки не підтверджені.',
      'Питання {M} обговорювали на закритому засіданні ради безпеки.',
    ],
    headings: ['Що відомо наразі', 'Реакція в регіоні'],
  },
  ko: {
    filler: [
      '정부는 수요일 가뭄 피해 농가를 위한 새로운 지원 대책을 발표했다.',
      '기상청은 이번 주말까지 전국에 많은 비가 내릴 것으로 예보했다.',
      '경찰에 따르면 약 {N}명이 도심 집회에 참가한 것으로 집계됐다.',
      '관계자는 다음 주 협상이 재개될 예정이라고 밝혔다.',
    ],
    mention: [
      '정보 당국에 따르면 {M} 문제가 전황에서 점점 더 중요한 역할을 하고 있다.',
      '{M} 관련 보도는 아직 독립적으로 확인되지 않았다고 당국은 밝혔다.',
      '비공개 회의에서 {M} 문제가 장시간 논의된 것으로 전해졌다.',
    ],
    headings: ['지금까지 알려진 것', '주변국 반응'],
  },
};

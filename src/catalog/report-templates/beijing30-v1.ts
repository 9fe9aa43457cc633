import { BPFA_LETTERS, bpfaArea, type BpfaArea } from '../bpfa.ts';
import type { Lang } from '../countries.ts';
import { reviewClusters, type ClusterId, type ReviewCluster } from '../review-clusters.ts';
import type { ReportTemplate, TemplateSection } from './report-template.ts';

/*
 * The national review structure of the Beijing+30 guidance note (UN Women with the regional
 * commissions, 2023–2024) as recollected: five parts; part 2 reports on the 12 critical areas
 * grouped in the six review clusters. Neither the part titles nor the clusters were read in the
 * guidance note in this session, so the template is `unconfirmed` and says so; the cluster
 * sections take their titles and areas from review-clusters.ts (itself UNCONFIRMED) so that
 * there is one place to correct them. Guidance text is Parity's, not the note's wording; the
 * French and Russian guidance are translations of it.
 */

const ALL_AREAS: readonly BpfaArea[] = BPFA_LETTERS;
const ALL_CLUSTERS: readonly ClusterId[] = [1, 2, 3, 4, 5, 6];

const CLUSTER_CAVEAT = {
  en: 'UNCONFIRMED: the grouping of the critical areas into this cluster is recollected, not read in the Beijing+30 guidance note; check it before relying on it.',
  fr: 'NON CONFIRMÉ : le regroupement des domaines critiques dans ce groupe thématique est reconstitué de mémoire et n’a pas été vérifié dans la note d’orientation Beijing+30 ; vérifiez-le avant de vous y fier.',
  ru: 'НЕ ПОДТВЕРЖДЕНО: распределение важнейших проблемных областей по этому тематическому блоку восстановлено по памяти и не сверено с руководством по обзору «Пекин+30»; проверьте его, прежде чем на него опираться.',
} as const;

function areaList(areas: readonly BpfaArea[], lang: Lang): string {
  return areas.map((l) => `${l} (${bpfaArea(l)!.title[lang]})`).join(', ');
}

/** One section of part 2 per review cluster, its areas and title taken from the cluster catalogue. */
function clusterSection(c: ReviewCluster): TemplateSection {
  return {
    id: `cluster-${c.id}`,
    part: 2,
    title: c.title,
    guidance: {
      en:
        `Progress over the last five years on the critical areas ${areaList(c.bpfa, 'en')}: the measures taken ` +
        '(record each as a measure: law, policy, quota, programme or institution), their results with the evidence ' +
        '(embed indicator values, charts or indices), the groups of women and girls reached, and what remains to be done. ' +
        CLUSTER_CAVEAT.en,
      fr:
        `Progrès accomplis au cours des cinq dernières années dans les domaines critiques ${areaList(c.bpfa, 'fr')} : ` +
        'les mesures prises (enregistrez chacune comme mesure : loi, politique, quota, programme ou institution), ' +
        'leurs résultats avec les données qui les attestent (valeurs, graphiques ou indices intégrés), ' +
        'les groupes de femmes et de filles atteints, et ce qui reste à faire. ' +
        CLUSTER_CAVEAT.fr,
      ru:
        `Прогресс за последние пять лет в важнейших проблемных областях ${areaList(c.bpfa, 'ru')}: ` +
        'принятые меры (каждую запишите как меру: закон, политика, квота, программа или институт), ' +
        'их результаты с подтверждающими данными (встроенные значения показателей, графики или индексы), ' +
        'охваченные группы женщин и девочек и то, что ещё предстоит сделать. ' +
        CLUSTER_CAVEAT.ru,
    },
    bpfa: c.bpfa,
    clusters: [c.id],
  };
}

export const beijing30V1: ReportTemplate = {
  id: 'beijing30-v1',
  version: 1,
  title: {
    en: 'Beijing+30 national review report',
    fr: 'Rapport national d’examen Beijing+30',
    ru: 'Национальный доклад об обзоре «Пекин+30»',
  },
  status: 'unconfirmed',
  note:
    'UNCONFIRMED: the five parts follow the Beijing+30 national review guidance note as recollected, and part 2 ' +
    'groups the 12 critical areas in the six review clusters of review-clusters.ts, which are themselves ' +
    'unconfirmed. Check both against the guidance note before a cycle relies on them.',
  parts: [
    {
      number: 1,
      title: {
        en: 'Priorities, achievements, challenges and setbacks',
        fr: 'Priorités, réalisations, difficultés et revers',
        ru: 'Приоритеты, достижения, проблемы и неудачи',
      },
    },
    {
      number: 2,
      title: {
        en: 'Progress across the 12 critical areas of concern',
        fr: 'Progrès dans les 12 domaines critiques',
        ru: 'Прогресс в 12 важнейших проблемных областях',
      },
    },
    {
      number: 3,
      title: {
        en: 'National institutions and processes',
        fr: 'Institutions et processus nationaux',
        ru: 'Национальные институты и процессы',
      },
    },
    {
      number: 4,
      title: { en: 'Data and statistics', fr: 'Données et statistiques', ru: 'Данные и статистика' },
    },
    {
      number: 5,
      title: {
        en: 'Conclusions and next steps',
        fr: 'Conclusions et prochaines étapes',
        ru: 'Выводы и дальнейшие шаги',
      },
    },
  ],
  sections: [
    {
      id: 'priorities',
      part: 1,
      title: { en: 'Priorities', fr: 'Priorités', ru: 'Приоритеты' },
      guidance: {
        en:
          'The priorities your country set for accelerating progress for women and girls over the last five years ' +
          '(laws, policies, programmes), why they were chosen, and the critical areas each serves.',
        fr:
          'Les priorités fixées par votre pays pour accélérer les progrès en faveur des femmes et des filles au cours ' +
          'des cinq dernières années (lois, politiques, programmes), les raisons de ces choix et les domaines critiques ' +
          'auxquels chacune répond.',
        ru:
          'Приоритеты, которые ваша страна установила для ускорения прогресса в интересах женщин и девочек за последние ' +
          'пять лет (законы, политика, программы), почему они были выбраны и каким важнейшим проблемным областям ' +
          'служит каждый из них.',
      },
      bpfa: ALL_AREAS,
      clusters: ALL_CLUSTERS,
    },
    {
      id: 'achievements',
      part: 1,
      title: { en: 'Achievements', fr: 'Réalisations', ru: 'Достижения' },
      guidance: {
        en:
          'The most important achievements since the last review and the evidence that shows them: values and trends ' +
          'from the data (embed them as evidence blocks), laws adopted, programmes and their reach. Say what made them possible.',
        fr:
          'Les principales réalisations depuis le dernier examen et les données qui les attestent : valeurs et tendances ' +
          '(intégrez-les comme blocs de données), lois adoptées, programmes et leur portée. Indiquez ce qui les a rendues possibles.',
        ru:
          'Важнейшие достижения со времени предыдущего обзора и подтверждающие их данные: значения и тенденции ' +
          '(встройте их как блоки данных), принятые законы, программы и их охват. Укажите, что сделало их возможными.',
      },
      bpfa: ALL_AREAS,
      clusters: ALL_CLUSTERS,
    },
    {
      id: 'challenges-setbacks',
      part: 1,
      title: { en: 'Challenges and setbacks', fr: 'Difficultés et revers', ru: 'Проблемы и неудачи' },
      guidance: {
        en:
          'The main challenges and any setbacks or reversals of progress, their causes (for example crises, budget cuts, ' +
          'opposition to gender equality) and what was done in response.',
        fr:
          'Les principales difficultés et les éventuels revers ou reculs, leurs causes (par exemple crises, coupes ' +
          'budgétaires, opposition à l’égalité des sexes) et les mesures prises en réponse.',
        ru:
          'Основные проблемы, а также неудачи или откаты назад, их причины (например, кризисы, сокращение бюджета, ' +
          'противодействие гендерному равенству) и принятые в ответ меры.',
      },
      bpfa: ALL_AREAS,
      clusters: ALL_CLUSTERS,
    },
    ...reviewClusters.map(clusterSection),
    {
      id: 'institutions',
      part: 3,
      title: {
        en: 'National institutions and processes',
        fr: 'Institutions et processus nationaux',
        ru: 'Национальные институты и процессы',
      },
      guidance: {
        en:
          'The national machinery for gender equality (mandate, place in government, budget and staff), the national ' +
          'strategy or action plan, gender mainstreaming and gender-responsive budgeting across government, and how ' +
          'women’s organisations and other stakeholders took part in preparing this report.',
        fr:
          'Le mécanisme national pour l’égalité des sexes (mandat, place dans l’appareil gouvernemental, budget et ' +
          'personnel), la stratégie ou le plan d’action national, l’intégration du genre et la budgétisation sensible ' +
          'au genre dans l’ensemble du gouvernement, et la participation des organisations de femmes et des autres ' +
          'parties prenantes à la préparation du présent rapport.',
        ru:
          'Национальный механизм по обеспечению гендерного равенства (мандат, место в системе государственного ' +
          'управления, бюджет и персонал), национальная стратегия или план действий, учёт гендерной проблематики и ' +
          'гендерно ориентированное бюджетирование во всех органах власти, а также участие женских организаций и ' +
          'других заинтересованных сторон в подготовке настоящего доклада.',
      },
      bpfa: ['H'],
      clusters: [4],
    },
    {
      id: 'data-statistics',
      part: 4,
      title: { en: 'Data and statistics', fr: 'Données et statistiques', ru: 'Данные и статистика' },
      guidance: {
        en:
          'Progress in gender statistics over the last five years and the priorities for strengthening them: which ' +
          'gender-related SDG indicators are produced, how data are disaggregated (sex, age, disability, location), and ' +
          'where national and international values differ and why.',
        fr:
          'Les progrès des statistiques de genre au cours des cinq dernières années et les priorités pour les renforcer : ' +
          'quels indicateurs des ODD liés au genre sont produits, comment les données sont ventilées (sexe, âge, ' +
          'handicap, lieu de résidence), et où les valeurs nationales et internationales diffèrent et pourquoi.',
        ru:
          'Прогресс в гендерной статистике за последние пять лет и приоритеты её укрепления: какие показатели ЦУР, ' +
          'связанные с гендерной проблематикой, рассчитываются, как данные дезагрегируются (пол, возраст, ' +
          'инвалидность, место проживания), и где национальные и международные значения расходятся и почему.',
      },
      bpfa: ['H'],
      clusters: [4],
    },
    {
      id: 'conclusions',
      part: 5,
      title: {
        en: 'Conclusions and next steps',
        fr: 'Conclusions et prochaines étapes',
        ru: 'Выводы и дальнейшие шаги',
      },
      guidance: {
        en: 'The priorities for action over the next five years, the commitments made, and how progress will be monitored.',
        fr: 'Les priorités d’action pour les cinq prochaines années, les engagements pris et la manière dont les progrès seront suivis.',
        ru: 'Приоритеты действий на следующие пять лет, принятые обязательства и то, как будет отслеживаться прогресс.',
      },
      bpfa: ALL_AREAS,
      clusters: ALL_CLUSTERS,
    },
  ],
};

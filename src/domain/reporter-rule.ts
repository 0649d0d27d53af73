/**
 * Who reported it, as one written rule (issue 29, item 1; stated on the Methodology page). The kind
 * follows who issued the document a report rests on, taken relative to the body leading the task
 * (or answering for a figure):
 *
 * | issuer of the document                                                        | relation    | kind               |
 * | the lead, a joint lead, a unit under it, its Party committee or the organ that |             |                    |
 * |   committee leads, a member of a group that leads                              | self        | responsible-body   |
 * | a body directing the lead from above: the Central Steering Committee and its   |             |                    |
 * |   standing bodies and office, the Politburo and Secretariat, the Government,   |             |                    |
 * |   the Prime Minister or a Deputy Prime Minister for work they do not lead      | directing   | steering-committee |
 * | a supervising or inspecting body that does not lead the work: the National    |             |                    |
 * |   Assembly, the Fatherland Front, an inspectorate, the State Audit             | supervising | oversight          |
 * | no official document: an outlet reporting what it saw or compiled              | press       | press              |
 *
 * A news article restating a document or a body's statement takes the kind of that document's
 * issuer. Only `oversight` and `press` are independent of the executive; a directing body is not
 * the lead's own report, but it answers for the same work from above, so it is not independent
 * either. Where the data cannot tell (a body reporting on another body's task, with neither
 * directing nor supervising it), the rule gives no answer and the editor's reading stands.
 */
import type { Agency, Reporter } from './schema/index.ts';

export type Relation = 'self' | 'directing' | 'supervising';

export const KIND_OF_RELATION: Readonly<Record<Relation, Reporter>> = {
  self: 'responsible-body',
  directing: 'steering-committee',
  supervising: 'oversight',
};

/**
 * The organ a Party committee leads: its report and the organ's own are one self-report (a law
 * passed by the National Assembly is the National Assembly Party Committee's work). Written here
 * because the agency records do not link a Party committee to its organ.
 */
const ORGAN_OF: Readonly<Record<string, string>> = {
  'government-party-committee': 'government',
  'na-party-committee': 'national-assembly',
  'vff-party-committee': 'fatherland-front',
};

/** The kinds of body a group lead stands for ("ministries, sectors and localities"). */
const GROUP_MEMBERS: Readonly<Record<string, readonly Agency['kind'][]>> = {
  'ministries-sectors-localities': ['ministry', 'ministry-level-agency', 'province', 'city'],
  'provincial-peoples-committees': ['province', 'city'],
  'units-and-localities': ['ministry', 'ministry-level-agency', 'province', 'city', 'commune'],
  'heads-of-units-and-localities': ['ministry', 'ministry-level-agency', 'province', 'city', 'commune'],
  'party-agencies': ['party-office', 'party-committee'],
};

/** Bodies that inspect or audit the executive from inside the state, by id. */
const SUPERVISORS: ReadonlySet<string> = new Set(['government-inspectorate', 'state-audit']);

const DIRECTING_KINDS: ReadonlySet<Agency['kind']> = new Set([
  'steering-committee',
  'party-leadership',
  'advisory-council',
  'party-office',
]);
const SUPERVISING_KINDS: ReadonlySet<Agency['kind']> = new Set(['national-assembly', 'fatherland-front']);

/** The body as an organisation: Party committees stand for their organ, the Prime Minister and Government bodies for the Government. */
function organ(agency: Agency): string {
  if (ORGAN_OF[agency.id] !== undefined) return ORGAN_OF[agency.id]!;
  if (agency.kind === 'government') return 'government';
  if (agency.kind === 'national-assembly') return 'national-assembly';
  if (agency.kind === 'fatherland-front') return 'fatherland-front';
  return agency.id;
}

/** The body and every body above it, by organ. */
function chain(agency: Agency, lookup: (id: string) => Agency | undefined): string[] {
  const seen: string[] = [];
  let current: Agency | undefined = agency;
  while (current !== undefined && !seen.includes(organ(current))) {
    seen.push(organ(current));
    current = current.parent === null ? undefined : lookup(current.parent);
  }
  return seen;
}

function isSelf(issuer: Agency, lead: Agency, lookup: (id: string) => Agency | undefined): boolean {
  if (chain(issuer, lookup).includes(organ(lead))) return true;
  return (GROUP_MEMBERS[lead.id] ?? []).includes(issuer.kind);
}

/**
 * How the issuer of a document stands to the bodies leading the work; null when the data cannot say.
 * @example relationOf(government, [ministryOfScience], lookup) // 'directing'
 * @example relationOf(nationalAssembly, [naPartyCommittee], lookup) // 'self'
 */
export function relationOf(issuer: Agency, leads: readonly Agency[], lookup: (id: string) => Agency | undefined): Relation | null {
  if (leads.some((lead) => isSelf(issuer, lead, lookup))) return 'self';
  if (SUPERVISORS.has(issuer.id) || SUPERVISING_KINDS.has(issuer.kind)) return 'supervising';
  if (DIRECTING_KINDS.has(issuer.kind) || organ(issuer) === 'government') return 'directing';
  return null;
}

/** The reporter kind the rule gives for a document by `issuer` about work led by `leads`; null when it cannot say. */
export function reporterKindFor(issuer: Agency, leads: readonly Agency[], lookup: (id: string) => Agency | undefined): Reporter | null {
  const relation = relationOf(issuer, leads, lookup);
  return relation === null ? null : KIND_OF_RELATION[relation];
}

/** The rule's rows in reading order, for the Methodology table: each relation and the kind it gives. */
export const REPORTER_RULE_ROWS: readonly { relation: Relation | 'press'; kind: Reporter }[] = [
  { relation: 'self', kind: 'responsible-body' },
  { relation: 'directing', kind: 'steering-committee' },
  { relation: 'supervising', kind: 'oversight' },
  { relation: 'press', kind: 'press' },
];

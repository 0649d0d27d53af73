/**
 * Synthetic data at national and local scale, for the benchmark: `node seeds/generate.ts --tasks N
 * [--seed S] [--out DIR]`. Deterministic (a seeded PRNG, no clock), realistic in shape — bodies of
 * every kind with parents (communes under provinces), tasks with status reports, deadline changes,
 * transfers and corrections, indicators with observations — and written OUTSIDE content/, so it
 * never mixes with the real data. It passes the same data check as the real data.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPORTERS } from '../src/domain/schema/primitives.ts';
import { THEMES } from '../src/domain/schema/task.ts';

/** mulberry32: a small, well-known 32-bit PRNG; the same seed gives the same data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const AS_OF = '2026-03-13';
const VERBS = [
  ['Xây dựng', 'Build'],
  ['Hoàn thiện', 'Complete'],
  ['Triển khai', 'Deploy'],
  ['Ban hành', 'Issue'],
  ['Số hóa', 'Digitise'],
  ['Kết nối', 'Connect'],
  ['Đào tạo', 'Train'],
  ['Rà soát', 'Review'],
] as const;
const OBJECTS = [
  ['cơ sở dữ liệu đất đai', 'the land database'],
  ['dịch vụ công trực tuyến toàn trình', 'full online public services'],
  ['nền tảng chuyển đổi số', 'the digital transformation platform'],
  ['đề án đổi mới sáng tạo', 'the innovation project'],
  ['quy chế quản lý dữ liệu', 'the data management rules'],
  ['trung tâm điều hành thông minh', 'the smart operations centre'],
  ['hạ tầng mạng 5G', '5G network infrastructure'],
  ['hồ sơ sức khỏe điện tử', 'electronic health records'],
  ['chữ ký số cho cán bộ', 'digital signatures for officials'],
  ['kho học liệu số', 'the digital learning library'],
] as const;
const STATUSES = ['not_started', 'in_progress', 'in_progress', 'blocked', 'completed', 'completed'] as const;

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function write(dir: string, name: string, record: object): void {
  writeFileSync(join(dir, `${name}.json`), `${JSON.stringify(record)}\n`);
}

export function generate(tasks: number, seed: number, out: string): { bodies: number; sources: number } {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  rmSync(out, { recursive: true, force: true });
  for (const d of ['agencies', 'sources', 'tasks', 'indicators', 'assessments']) mkdirSync(join(out, d), { recursive: true });
  writeFileSync(
    join(out, 'dataset.json'),
    `${JSON.stringify({ asOf: AS_OF, title: { vi: `Dữ liệu tổng hợp (${tasks} nhiệm vụ)`, en: `Synthetic data (${tasks} tasks)` }, staleAfterDays: 90, licence: { id: 'CC-BY-4.0', name: 'Creative Commons Attribution 4.0 International', url: 'https://creativecommons.org/licenses/by/4.0/' }, feedback: {} })}\n`,
  );

  const bodies: string[] = [];
  const body = (id: string, kind: string, parent: string | null, vi: string, en: string) => {
    write(join(out, 'agencies'), id, {
      id,
      name: { vi, en },
      kind,
      parent,
      leaderRole: { vi: `Người đứng đầu ${vi}`, en: `Head of ${en}` },
    });
    bodies.push(id);
  };
  body('government', 'government', null, 'Chính phủ', 'Government');
  body('steering-committee', 'steering-committee', null, 'Ban Chỉ đạo', 'Steering Committee');
  for (let i = 1; i <= 17; i += 1)
    body(`ministry-${i}`, i > 14 ? 'ministry-level-agency' : 'ministry', 'government', `Bộ số ${i}`, `Ministry ${i}`);
  for (let i = 1; i <= 34; i += 1) body(`province-${i}`, i <= 6 ? 'city' : 'province', null, `Tỉnh số ${i}`, `Province ${i}`);
  // About six tasks per commune, up to the 3,321 communes of the 34 provinces (~3,400 bodies in all).
  const communes = Math.min(3_321, Math.round(tasks / 6));
  for (let i = 1; i <= communes; i += 1) body(`commune-${i}`, 'commune', `province-${((i - 1) % 34) + 1}`, `Xã số ${i}`, `Commune ${i}`);

  const sourceCount = Math.max(5, Math.round(tasks / 40));
  const sources: string[] = [];
  const sourceDate = new Map<string, string>();
  for (let i = 1; i <= sourceCount; i += 1) {
    const id = `source-${i}`;
    const date = addDays('2025-01-01', int(0, 380));
    write(join(out, 'sources'), id, {
      id,
      kind: pick(['meeting', 'decision', 'plan', 'notice'] as const),
      title: { vi: `Văn bản số ${i}`, en: `Document ${i}` },
      issuer: pick(bodies.slice(0, 19)),
      date,
      url: `https://example.org/documents/${i}`,
      language: 'vi',
    });
    sources.push(id);
    sourceDate.set(id, date);
  }
  // A document can only decide what is dated on or after it: evidence is drawn from those issued by then.
  const issuedBy = (day: string, fallback: string) => {
    const issued = sources.filter((s) => sourceDate.get(s)! <= day);
    return issued.length > 0 ? pick(issued) : fallback;
  };

  const indicators: string[] = [];
  for (let i = 1; i <= 20; i += 1) {
    const id = `indicator-${i}`;
    const start = int(5, 40);
    write(join(out, 'indicators'), id, {
      id,
      name: { vi: `Chỉ tiêu số ${i}`, en: `Indicator ${i}` },
      unit: 'percent',
      direction: 'up',
      monitoringAgency: pick(bodies.slice(2, 19)),
      targets: [
        {
          date: '2030-12-31',
          value: start + 30,
          comparator: '>=',
          text: { vi: `Ít nhất ${start + 30}%`, en: `At least ${start + 30}%` },
          evidence: [{ source: pick(sources) }],
        },
      ],
      observations: [2022, 2023, 2024, 2025].map((year, k) => ({
        date: `${year}-12-31`,
        period: String(year),
        value: start + k * int(1, 4),
        text: { vi: `${start + k}%`, en: `${start + k}%` },
        comparable: true,
        reporter: 'press',
        // The press relaying a figure: a web page (one draw as before, so the rest of the data is unchanged).
        evidence: [{ url: `https://example.org/figures/${pick(sources)}/${year}`, publisher: 'Example' }],
      })),
    });
    indicators.push(id);
  }

  for (let i = 1; i <= tasks; i += 1) {
    const id = `task-${String(i).padStart(6, '0')}`;
    const [verbVi, verbEn] = pick(VERBS);
    const [objectVi, objectEn] = pick(OBJECTS);
    const lead = random() < 0.9 ? pick(bodies) : null;
    // Assigned by a document on its date or a few weeks after it.
    const source = pick(sources);
    const assigned = addDays(sourceDate.get(source)!, int(0, 30));
    const deadline = random() < 0.85 ? addDays(assigned, int(30, 420)) : null;
    const history: object[] = [];
    let leading = lead;
    let date = assigned;
    const events = int(0, 4);
    for (let k = 0; k < events; k += 1) {
      date = addDays(date, int(5, 60));
      if (date > AS_OF) break;
      const roll = random();
      if (roll < 0.1 && deadline) {
        history.push({
          type: 'deadline',
          id: `e${k}`,
          date,
          deadline: addDays(deadline > date ? deadline : date, int(30, 180)),
          reason: { vi: 'Cần thêm thời gian thẩm định.', en: 'More time needed for review.' },
          decidedBy: pick(bodies.slice(0, 19)),
          evidence: [{ source: issuedBy(date, source) }],
        });
      } else if (roll < 0.15) {
        // A transfer goes to another body than the one leading.
        const to = pick(bodies.filter((b) => b !== leading));
        leading = to;
        history.push({
          type: 'transfer',
          id: `e${k}`,
          date,
          lead: to,
          reason: { vi: 'Sắp xếp lại bộ máy.', en: 'Reorganisation.' },
          evidence: [{ source: pick(sources) }],
        });
      } else if (roll < 0.17 && history.some((e) => (e as { type: string }).type === 'status')) {
        const first = history.find((e) => (e as { type: string }).type === 'status') as { id: string };
        history.push({
          type: 'correction',
          id: `e${k}`,
          date,
          corrects: first.id,
          reason: { vi: 'Báo cáo nhầm tiến độ.', en: 'Progress was misreported.' },
          replacement: { progress: int(0, 50) },
          evidence: [{ source: pick(sources) }],
        });
      } else {
        const status = pick(STATUSES);
        // Who reported it cycles without drawing a random number, so every other figure stays as it was.
        history.push({
          type: 'status',
          id: `e${k}`,
          date,
          status,
          reporter: REPORTERS[(i + k) % REPORTERS.length],
          progress: status === 'completed' ? 100 : int(0, 90),
          note: { vi: `Báo cáo tiến độ ${objectVi}.`, en: `Progress report on ${objectEn}.` },
          evidence: [{ url: `https://example.org/reports/${i}/${k}`, publisher: 'Example' }],
        });
      }
    }
    write(join(out, 'tasks'), id, {
      id,
      title: { vi: `${verbVi} ${objectVi} (${i})`, en: `${verbEn} ${objectEn} (${i})` },
      description: {
        vi: `${verbVi} ${objectVi} theo kế hoạch, báo cáo định kỳ kết quả thực hiện.`,
        en: `${verbEn} ${objectEn} as planned and report the results regularly.`,
      },
      source,
      citedIn: [],
      assigned,
      lead,
      coordinating: random() < 0.3 ? [pick(bodies)] : [],
      deadline,
      theme: pick(THEMES),
      indicators: random() < 0.2 ? [pick(indicators)] : [],
      history,
    });
  }
  return { bodies: bodies.length, sources: sources.length };
}

if (import.meta.main) {
  const arg = (name: string, fallback: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
  };
  const tasks = Number(arg('tasks', '1300'));
  const seed = Number(arg('seed', '57'));
  const out = arg('out', join('bench-output', `content-${tasks}`));
  const { bodies, sources } = generate(tasks, seed, out);
  console.log(`Generated ${tasks} tasks, ${bodies} bodies, ${sources} sources, 20 indicators into ${out} (seed ${seed}).`);
}

import type { WorkflowStep } from '../../../protocol/workflows.ts';
import { isCustomerStep, isTerminalStep, stepTargets } from './steps.ts';

export interface StepGraph {
  /** Steps a run can get to from the start. */
  reachable: Set<string>;
  /** Steps from which an end (handoff, close, or a dangling target, which hands off) can be reached. */
  canEnd: Set<string>;
  /** Each step of a loop that never waits for the customer, with the loop's steps in definition order. */
  loops: Map<string, string[]>;
}

type Edges = Map<string, string[]>;

/** Where a run can go, over the steps of an index (first step of each id); dangling targets left out. */
export function analyzeSteps(steps: ReadonlyMap<string, WorkflowStep>, start: string): StepGraph {
  const edges: Edges = new Map();
  const dangling = new Set<string>();
  for (const [id, step] of steps) {
    const targets = stepTargets(step).map((target) => target.id);
    const existing = targets.filter((target) => steps.has(target));
    edges.set(id, existing);
    if (existing.length < targets.length) dangling.add(id);
  }
  const ends = [...steps.values()]
    .filter((step) => isTerminalStep(step) || dangling.has(step.id))
    .map((step) => step.id);
  return {
    reachable: steps.has(start) ? walk([start], edges) : new Set(),
    canEnd: walk(ends, reverse(edges)),
    loops: loopsWithoutCustomer(steps, edges),
  };
}

function walk(from: string[], edges: Edges): Set<string> {
  const seen = new Set(from);
  const queue = [...from];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const next of edges.get(id) ?? []) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return seen;
}

function reverse(edges: Edges): Edges {
  const reversed: Edges = new Map();
  for (const [from, targets] of edges) {
    for (const to of targets) reversed.set(to, [...(reversed.get(to) ?? []), from]);
  }
  return reversed;
}

/** Tarjan's strongly connected components over the steps that run straight through. */
function loopsWithoutCustomer(steps: ReadonlyMap<string, WorkflowStep>, edges: Edges): Map<string, string[]> {
  const runsThrough = (id: string) => {
    const step = steps.get(id);
    return step !== undefined && !isCustomerStep(step);
  };
  const order = [...steps.keys()];
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const loops = new Map<string, string[]>();

  const visit = (id: string) => {
    index.set(id, index.size);
    lowLink.set(id, index.get(id) ?? 0);
    stack.push(id);
    onStack.add(id);
    for (const next of (edges.get(id) ?? []).filter(runsThrough)) {
      if (!index.has(next)) {
        visit(next);
        lowLink.set(id, Math.min(lowLink.get(id) ?? 0, lowLink.get(next) ?? 0));
      } else if (onStack.has(next)) {
        lowLink.set(id, Math.min(lowLink.get(id) ?? 0, index.get(next) ?? 0));
      }
    }
    if (lowLink.get(id) !== index.get(id)) return;
    const component: string[] = [];
    for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
      onStack.delete(member);
      component.push(member);
      if (member === id) break;
    }
    const isLoop = component.length > 1 || (edges.get(id) ?? []).includes(id);
    if (!isLoop) return;
    const members = order.filter((step) => component.includes(step));
    for (const member of members) loops.set(member, members);
  };

  for (const id of order) {
    if (runsThrough(id) && !index.has(id)) visit(id);
  }
  return loops;
}

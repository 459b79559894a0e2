// Permission decisions in process: Foyer's own decision (the one permittedProcedure makes)
// against @casl/ability deciding the same rules, in alternating rounds of one loop each.
import { createMongoAbility } from '@casl/ability';
import { allows } from '@foyer/server';

/**
 * CASL's form of a Foyer permission: 'contacts.delete' → action 'delete' on 'contacts'.
 * CASL reads the action 'manage' as "every action", so it is renamed to stay one action.
 */
function caslPair(permission) {
  const at = permission.lastIndexOf('.');
  const action = permission.slice(at + 1);
  return [action === 'manage' ? 'administer' : action, permission.slice(0, at)];
}

/** `askAll` answers every question once and counts the yeses; it runs until `decisions` are made. */
function timeRound(askAll, questionCount, decisions) {
  const passes = Math.ceil(decisions / questionCount);
  let allowed = 0;
  const started = process.hrtime.bigint();
  for (let pass = 0; pass < passes; pass++) allowed += askAll();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { perSecond: (passes * questionCount) / seconds, allowed };
}

/**
 * `membership` is what the server resolved for a member; `questions` the permissions asked
 * about, some held and some not. Both deciders answer the same questions the same way, or
 * the run fails.
 */
export function compareDecisions(membership, questions, { iterations = 20_000_000, rounds = 5 } = {}) {
  const ability = createMongoAbility(
    [...membership.permissions].map((permission) => {
      const [action, subject] = caslPair(permission);
      return { action, subject };
    }),
  );
  const caslQuestions = questions.map(caslPair);
  for (let i = 0; i < questions.length; i++) {
    if (allows(membership, questions[i]) !== ability.can(...caslQuestions[i])) {
      throw new Error(`Foyer and CASL disagree on ${questions[i]}`);
    }
  }
  // The same loop shape for both: a pass over every question, counting the answers.
  const askFoyer = () => {
    let yes = 0;
    for (let i = 0; i < questions.length; i++) if (allows(membership, questions[i])) yes++;
    return yes;
  };
  const askCasl = () => {
    let yes = 0;
    for (let i = 0; i < caslQuestions.length; i++) if (ability.can(caslQuestions[i][0], caslQuestions[i][1])) yes++;
    return yes;
  };
  const foyer = [];
  const casl = [];
  for (let round = 0; round < rounds; round++) {
    foyer.push(timeRound(askFoyer, questions.length, iterations));
    casl.push(timeRound(askCasl, questions.length, iterations));
  }
  const median = (runs) => runs.map((r) => r.perSecond).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
  return {
    questions: questions.length,
    held: questions.filter((q) => allows(membership, q)).length,
    iterationsPerRound: iterations,
    rounds,
    foyerPerSecond: Math.round(median(foyer)),
    caslPerSecond: Math.round(median(casl)),
    foyerToCasl: Math.round((median(foyer) / median(casl)) * 100) / 100,
  };
}

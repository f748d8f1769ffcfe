import { dayOf } from './dates';
import { effectiveContent } from './hours';
import type { MentoringStore } from './store';

/**
 * Notifies each open action's owner once when it falls due (due today or earlier), for sessions
 * that are signed or awaiting signatures. Run daily by a cron; returns how many were created.
 */
export function notifyDueActions(store: MentoringStore, now: string, mentors: string[]): number {
  const today = dayOf(now);
  let created = 0;
  for (const mentor of mentors) {
    for (const bundle of store.loadSessions({ mentor })) {
      const { session } = bundle;
      if (session.state !== 'signed' && session.state !== 'awaiting_fellows') continue;
      const done = new Set(bundle.ticks.filter((t) => t.done).map((t) => t.action));
      for (const action of effectiveContent(bundle).actions) {
        if (!action.due || action.due > today || done.has(action.id)) continue;
        if (store.hasNotification(action.owner, 'action_due', session.id, action.id)) continue;
        store.notify({
          user: action.owner,
          kind: 'action_due',
          session: session.id,
          actor: '',
          data: { actorName: '', date: session.date, actionId: action.id, actionText: action.text },
        });
        created += 1;
      }
    }
  }
  return created;
}

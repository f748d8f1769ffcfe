// A PocketBase of its own with the grading bench's content synced and fellows enrolled in the
// bench course: what both the load run and the kill step start from.
import { syncContent } from '../../scripts/sync-content.mjs';
import { enrolledFellows } from './fellows.mjs';
import { writeGradingBuild } from './grading-build.mjs';
import { ownPocketBase } from './own-pocketbase.mjs';

export async function gradingServer(fellowCount) {
  const build = writeGradingBuild();
  const server = await ownPocketBase();
  try {
    await syncContent(server.url, server.token, build.dir);
    const admin = server.admin();
    const course = await admin
      .collection('courses')
      .getFirstListItem(admin.filter('slug = {:slug}', { slug: build.courseSlug }));
    const quiz = await admin
      .collection('quizzes')
      .getFirstListItem(admin.filter('slug = {:slug}', { slug: build.quiz.slug }));
    const fellows = await enrolledFellows(admin, course.id, fellowCount);
    return {
      server,
      fellows,
      course,
      quiz: { id: quiz.id, slug: quiz.slug, definition: build.quiz.definition },
      source: build.source,
    };
  } catch (error) {
    await server.stop();
    throw error;
  } finally {
    build.remove();
  }
}

/** The course folder of a quiz file: `courses/<course>/quizzes/<id>.yaml` → `<course>`. */
export const quizCourse = (filePath: string) => filePath.replace(/\\/g, '/').split('/quizzes/')[0].split('/').at(-1)!;

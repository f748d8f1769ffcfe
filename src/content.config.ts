import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { courseSchema } from './lib/content/course-schema';
import { moduleSchema } from './lib/content/module-schema';
import { glossarySchema, programSchema } from './lib/content/program-schema';
import { quizDefinitionSchema } from './lib/quiz/schema';

// Tests build fixture curricula by pointing these at other folders.
const coursesDir = process.env.ERTAD_COURSES_DIR ?? './courses';
const contentDir = process.env.ERTAD_CONTENT_DIR ?? './content';

// Files whose name starts with `_` are drafts and never published.
const published = (pattern: string) => [pattern, '!**/_*', '!**/_*/**'];

/** `gesi-foundations/course.yaml` → `gesi-foundations`. */
const folderId = ({ entry }: { entry: string }) => entry.split('/')[0];
/** `programs/ypp.yaml` → `ypp`. */
const fileId = ({ entry }: { entry: string }) => entry.replace(/^.*\//, '').replace(/\.[^.]+$/, '');

export const collections = {
  courses: defineCollection({
    loader: glob({ pattern: published('*/course.yaml'), base: coursesDir, generateId: folderId }),
    schema: courseSchema,
  }),
  modules: defineCollection({
    loader: glob({ pattern: published('*/*/*.mdx'), base: coursesDir }),
    schema: moduleSchema,
  }),
  quizzes: defineCollection({
    loader: glob({ pattern: published('*/quizzes/*.{yaml,yml,json}'), base: coursesDir, generateId: fileId }),
    schema: quizDefinitionSchema,
  }),
  programs: defineCollection({
    loader: glob({ pattern: published('programs/*.yaml'), base: contentDir, generateId: fileId }),
    schema: programSchema,
  }),
  glossary: defineCollection({
    loader: glob({ pattern: published('glossary/*.yaml'), base: contentDir, generateId: fileId }),
    schema: glossarySchema,
  }),
};

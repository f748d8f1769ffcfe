/** Fails the build with a message that names the component and the prop a trainer must fix. */
export function requireProp(component: string, prop: string, value: unknown, expected: string): void {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new Error(`<${component}> needs the "${prop}" prop: ${expected}`);
  }
}

export interface DemoSeed {
  workspace: string;
}
export async function seedDemo(): Promise<DemoSeed> {
  return { workspace: 'studio-lindqvist' };
}

import { beijing30V1 } from './beijing30-v1.ts';
import type { ReportTemplate, TemplateSection } from './report-template.ts';

export type { ReportTemplate, TemplatePart, TemplateSection } from './report-template.ts';

/** Every report template, oldest first. */
export const reportTemplates: readonly ReportTemplate[] = [beijing30V1];

/** The template with this id (e.g. `beijing30-v1`); undefined when there is none. */
export function templateById(id: string): ReportTemplate | undefined {
  return reportTemplates.find((t) => t.id === id);
}

/** The section of a template with this id; undefined when the template has none. */
export function templateSection(template: ReportTemplate, sectionId: string): TemplateSection | undefined {
  return template.sections.find((s) => s.id === sectionId);
}

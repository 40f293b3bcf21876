import { t } from '../lib/i18n';
import type { Company } from '../lib/model/company';
import type { Person } from '../lib/model/person';
import { Avatar } from './avatar';
import { EditableField } from './editable-field';
import { requiredText } from './field-parsers';

/** Initials, name (editable), job title and company: who this is at a glance. */
export function CardHeader({ person, company, onRename }: { person: Person; company?: Company; onRename: (fullName: string) => Promise<unknown> }) {
  return (
    <div class="card-header">
      <Avatar name={person.fullName} />
      <div class="card-who">
        <div class="name-line">
          <h2 id="card-name" data-testid="card-name">
            {person.fullName}
          </h2>
          <EditableField label={t('cardName')} testId="person-name" bare empty={false} initial={person.fullName} parse={requiredText(300)} onSave={onRename} />
        </div>
        {(person.jobTitle || company) && (
          <p class="muted" data-testid="card-role">
            {[person.jobTitle, company?.name].filter(Boolean).join(' · ')}
          </p>
        )}
        {company?.website && (
          <p class="small">
            <a href={company.website} target="_blank" rel="noopener noreferrer">
              {company.domain ?? company.website}
            </a>
          </p>
        )}
      </div>
    </div>
  );
}

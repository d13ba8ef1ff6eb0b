/**
 * The structure of the talks, one part at a time: tracks, roles, implementation vetoes,
 * sequencing, GMCR coalitions and forecasting linkages.
 */
import { useState } from 'react';
import { Tabs } from '../views/common/Tabs.tsx';
import { actorChoices, trackChoices } from './choices.ts';
import { CoalitionsForm } from './CoalitionsForm.tsx';
import type { FormProps } from './formContext.ts';
import { FormSection } from './FormSection.tsx';
import { LinkagesForm } from './LinkagesForm.tsx';
import { RolesTable } from './RolesTable.tsx';
import { SequencingFields } from './SequencingFields.tsx';
import { TracksForm } from './TracksForm.tsx';
import { VetoesForm } from './VetoesForm.tsx';

type Part = 'tracks' | 'roles' | 'vetoes' | 'sequencing' | 'coalitions' | 'linkages';

const PARTS: { id: Part; label: string }[] = [
  { id: 'tracks', label: 'Tracks' },
  { id: 'roles', label: 'Roles' },
  { id: 'vetoes', label: 'Vetoes' },
  { id: 'sequencing', label: 'Sequencing' },
  { id: 'coalitions', label: 'Coalitions' },
  { id: 'linkages', label: 'Linkages' },
];

export function StructureForm(props: FormProps) {
  const [part, setPart] = useState<Part>('tracks');
  return (
    <>
      <Tabs<Part> label="Parts of the structure" value={part} onChange={setPart} tabs={PARTS} />
      <div role="tabpanel" id={`tab-${part}`} aria-labelledby={`tab-${part}-label`}>
        <StructurePart part={part} {...props} />
      </div>
    </>
  );
}

function StructurePart({ part, data, ctx }: FormProps & { part: Part }) {
  switch (part) {
    case 'tracks':
      return <TracksForm data={data} ctx={ctx} />;
    case 'vetoes':
      return <VetoesForm data={data} ctx={ctx} />;
    case 'coalitions':
      return <CoalitionsForm data={data} ctx={ctx} />;
    case 'linkages':
      return <LinkagesForm data={data} ctx={ctx} />;
    case 'roles':
      return (
        <FormSection
          title="Roles"
          intro="Each actor's roles — lead, co-lead, mediator, guarantor, verifier, party, observer, excluded — at one track or in the whole settlement."
        >
          <RolesTable
            ctx={ctx}
            path={['roles']}
            roles={data.roles}
            actors={actorChoices(data)}
            tracks={trackChoices(data)}
          />
        </FormSection>
      );
    case 'sequencing':
      return (
        <FormSection title="Sequencing" intro="How the tracks relate in time and in acceptance.">
          <SequencingFields
            ctx={ctx}
            path={['sequencing']}
            sequencing={data.sequencing}
            tracks={trackChoices(data)}
            none="parallel (the default; nothing written)"
          />
        </FormSection>
      );
  }
}

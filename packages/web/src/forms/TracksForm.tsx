/** The negotiating tables (`tracks`), one at a time: add, remove, and edit its fields. */
import { actorChoices, issueChoices } from './choices.ts';
import type { FormProps } from './formContext.ts';
import { FormSection } from './FormSection.tsx';
import { PickedItem } from './ItemPicker.tsx';
import { listOf } from './rawData.ts';
import { TrackFields } from './TrackFields.tsx';

export function TracksForm({ data, ctx }: FormProps) {
  const tracks = listOf(data.tracks);
  const actors = actorChoices(data);
  return (
    <FormSection
      title="Tracks"
      count={tracks.length}
      intro="The negotiating tables: the issues each negotiates (an issue sits at one table at most), the parties seated at it, who chairs and who mediates, and how it decides."
    >
      <PickedItem
        ctx={ctx}
        path={['tracks']}
        items={tracks}
        noun="track"
        newItem={(id, n) => ({
          id,
          name: `New track ${n}`,
          parties: actors.slice(0, 2).map((a) => a.value),
        })}
        empty="No tracks: the scenario describes no negotiating table."
      >
        {(track, index) => (
          <TrackFields
            ctx={ctx}
            path={['tracks', index]}
            track={track}
            actors={actors}
            issues={issueChoices(data)}
          />
        )}
      </PickedItem>
    </FormSection>
  );
}

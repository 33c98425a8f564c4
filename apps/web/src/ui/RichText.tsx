import { Link } from '@tanstack/react-router';
import { segmentText, type RichTextOptions } from './rich-text';

/** User text as text: links are http(s) only and marked as user content; mentions and tags link inside the app. */
export function RichText({ body, mentions, className }: { body: string; className?: string } & RichTextOptions) {
  const segments = segmentText(body, mentions ? { mentions } : {});
  return (
    <p className={className ?? 'rich-text'}>
      {segments.map((segment, index) => {
        switch (segment.kind) {
          case 'text':
            return <span key={index}>{segment.text}</span>;
          case 'link':
            return (
              <a key={index} href={segment.href} rel="noopener nofollow ugc" target="_blank">
                {segment.text}
              </a>
            );
          case 'mention':
            return (
              <Link key={index} to="/u/$handle" params={{ handle: segment.handle }}>
                {segment.text}
              </Link>
            );
          case 'tag':
            return (
              <Link key={index} to="/tags/$tag" params={{ tag: segment.tag }}>
                {segment.text}
              </Link>
            );
        }
      })}
    </p>
  );
}

import { newPostsLabel } from './new-posts';

export function NewPostsBanner({ count, onShow }: { count: number; onShow: () => void }) {
  return (
    <div className="new-posts" aria-live="polite">
      {count > 0 && (
        <button type="button" onClick={onShow}>
          {newPostsLabel(count)}
        </button>
      )}
    </div>
  );
}

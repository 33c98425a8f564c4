import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { withArrival } from './new-posts';
import { NewPostsBanner } from './NewPostsBanner';

describe('withArrival', () => {
  it('queues a live post newest first, once, and never one already on screen', () => {
    const shown = new Set(['1']);
    let pending = withArrival([], '2', shown);
    pending = withArrival(pending, '3', shown);
    pending = withArrival(pending, '3', shown);
    pending = withArrival(pending, '1', shown);
    expect(pending).toEqual(['3', '2']);
  });
});

describe('NewPostsBanner', () => {
  it('shows nothing until a post waits', () => {
    render(<NewPostsBanner count={0} onShow={vi.fn()} />);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says how many posts wait and reveals them on click', async () => {
    const onShow = vi.fn();
    const { rerender } = render(<NewPostsBanner count={1} onShow={onShow} />);
    expect(screen.getByRole('button', { name: 'Show 1 new post' })).toBeTruthy();
    rerender(<NewPostsBanner count={4} onShow={onShow} />);
    await userEvent.click(screen.getByRole('button', { name: 'Show 4 new posts' }));
    expect(onShow).toHaveBeenCalledTimes(1);
  });
});

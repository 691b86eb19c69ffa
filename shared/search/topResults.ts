/**
 * The `limit` highest-scoring items of a stream and how many came: what a
 * group of results shows and counts, without keeping or sorting the rest.
 * Equal scores keep the order they came in, as a stable sort would.
 */
export class TopResults<T extends { score: number }> {
  readonly best: T[] = [];
  count = 0;

  constructor(private readonly limit: number) {}

  offer(item: T): void {
    this.count++;
    const full = this.best.length >= this.limit;
    if (full && (this.limit === 0 || this.best[this.limit - 1]!.score >= item.score)) return;
    let at = this.best.length;
    while (at > 0 && this.best[at - 1]!.score < item.score) at--;
    this.best.splice(at, 0, item);
    if (this.best.length > this.limit) this.best.pop();
  }
}

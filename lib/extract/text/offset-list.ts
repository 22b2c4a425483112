/**
 * The raw span `[start, end)` of each code unit of a cleaned text, in two typed arrays grown by doubling:
 * a megabyte of prose maps a million units (two array pushes per unit were two-thirds of the clean-up).
 *
 * @example
 * const list = new OffsetList();
 * list.addRun(10, 13); // three units copied as they stood from raw offsets 10, 11, 12
 * list.add(20, 22); // one unit composed from two raw units
 * [list.length, list.startAt(3), list.endAt(3)] // [4, 20, 22]
 */
export class OffsetList {
  private starts = new Uint32Array(1024);
  private ends = new Uint32Array(1024);
  length = 0;

  private reserve(more: number): void {
    if (this.length + more <= this.starts.length) return;
    let size = this.starts.length * 2;
    while (size < this.length + more) size *= 2;
    const starts = new Uint32Array(size);
    const ends = new Uint32Array(size);
    starts.set(this.starts.subarray(0, this.length));
    ends.set(this.ends.subarray(0, this.length));
    this.starts = starts;
    this.ends = ends;
  }

  /** One unit that stands for the raw units `[start, end)`. */
  add(start: number, end: number): void {
    this.reserve(1);
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }

  /** The raw units `[from, to)` copied one for one. */
  addRun(from: number, to: number): void {
    this.reserve(to - from);
    for (let raw = from; raw < to; raw++) {
      this.starts[this.length] = raw;
      this.ends[this.length] = raw + 1;
      this.length++;
    }
  }

  /** Where unit `i` starts in the raw text (undefined past the end). */
  startAt(i: number): number | undefined {
    return i >= 0 && i < this.length ? this.starts[i] : undefined;
  }

  /** Where unit `i` ends in the raw text (undefined past the end). */
  endAt(i: number): number | undefined {
    return i >= 0 && i < this.length ? this.ends[i] : undefined;
  }
}

/**
 * `npx tsx scripts/crash-test.ts [--port 3291] [--data-dir DIR] [--rounds 5] [--rows 30000]`
 *
 * Crash test of the dataset store. Needs a production build (`npm run build`). Each round:
 * starts `next start` on the port with SOATSO_DATA_DIR=DIR, uploads a few small tables, then
 * sends a large table slowly (streamed) together with more small uploads and kills the server
 * with SIGKILL at a random moment: while the large body is still arriving, while it is being
 * checked, or while its transaction is being written. Then it restarts the server and checks:
 * `PRAGMA integrity_check` = ok, no foreign-key orphans, every dataset has its files and a
 * readable checked dataset (no partial dataset), every upload answered 201 is still there, and
 * the API lists and reads exactly what the database holds. The server is stopped at the end.
 * Exit status: 0 when every round passed, 1 when a check failed, 2 when it could not run.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkApi, checkDatabase } from './crash-test/check-store';
import { Server, sleep } from './crash-test/next-server';
import { parseArgs } from './crash-test/options';
import { largeTable, postLarge, postSmall } from './crash-test/uploads';
import { createReviewer, signInScript } from './script-session';

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(join(process.cwd(), '.next', 'BUILD_ID'))) {
    console.error('Chưa có bản build: chạy `npm run build` trước, rồi chạy lại từ thư mục dự án.');
    return 2;
  }
  console.log(`Thư mục dữ liệu: ${options.dataDir}; cổng ${options.port}; ${options.rounds} vòng; bảng lớn ${options.rows} dòng.`);
  const server = new Server(options);
  // Uploads need a signed-in reviewer: one is created in the data directory with the user CLI.
  const reviewer = createReviewer(options.dataDir);
  const acknowledged = new Set<string>();
  let failures = 0;
  let interrupted = 0;
  let unanswered = 0;
  try {
    for (let round = 1; round <= options.rounds; round++) {
      await server.start(round);
      await signInScript(server.url, reviewer);
      for (let i = 0; i < 3; i++) {
        const id = await postSmall(server.url, `v${round}-${i}`);
        if (id) acknowledged.add(id);
        else throw new Error(`vòng ${round}: tải lên nhỏ trước khi dừng máy chủ bị từ chối`);
      }
      const large = largeTable(options.rows, `v${round}`);
      const killAfter = Math.round(200 + Math.random() * 4000);
      const progress = { sent: 0 };
      const inFlight: Promise<string | null>[] = [postLarge(server.url, large, `v${round}`, progress)];
      for (let i = 0; i < 8; i++) inFlight.push(sleep(i * 150).then(() => postSmall(server.url, `v${round}-song-song-${i}`)));
      await sleep(killAfter);
      await server.kill('SIGKILL');
      const sentAtKill = progress.sent;
      const answers = await Promise.all(inFlight);
      for (const id of answers) {
        if (id) acknowledged.add(id);
        else interrupted++;
      }

      await server.start(round + 100);
      const db = checkDatabase(join(options.dataDir, 'soatso.db'));
      const lost = [...acknowledged].filter((id) => !db.ids.has(id));
      const problems = [...db.problems, ...(lost.length > 0 ? [`${lost.length} bộ dữ liệu đã trả 201 nhưng bị mất`] : [])];
      problems.push(...(await checkApi(server.url, db.ids)));
      const extra = [...db.ids].filter((id) => !acknowledged.has(id)).length;
      unanswered = extra;
      console.log(
        `Vòng ${round}: dừng sau ${killAfter} ms (tệp lớn ${sentAtKill < large.length ? `mới gửi ${Math.round((100 * sentAtKill) / large.length)}%` : 'đã gửi hết'}` +
          `${answers[0] ? ', đã lưu' : ''}); ${answers.filter(Boolean).length}/${answers.length} yêu cầu đang chạy kịp trả 201; ` +
          `CSDL có ${db.ids.size} bộ dữ liệu (${extra} đã ghi xong nhưng chưa kịp trả lời); ${problems.length === 0 ? 'nhất quán ✓' : 'LỖI ✗'}`,
      );
      for (const p of problems) console.error(`  - ${p}`);
      if (problems.length > 0) failures++;
      await server.kill('SIGTERM');
    }
  } finally {
    await server.kill('SIGTERM');
  }
  console.log(
    `\n${options.rounds - failures}/${options.rounds} vòng nhất quán; ${acknowledged.size} lượt tải lên đã trả 201 đều còn; ` +
      `${interrupted} yêu cầu bị cắt ngang; ${unanswered} bộ dữ liệu ghi xong ngay trước khi dừng.`,
  );
  return failures === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
  },
);

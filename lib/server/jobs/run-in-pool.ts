import 'server-only';
import type { Localized } from '../../i18n/lang';
import type { ApiError } from '../api/respond';
import type { JobKind, JobOf, JobResults } from './jobs';
import { readPoolConfig } from './pool-config';
import { getPool, type PoolFailure } from './worker-pool';

/** Seconds a client is told to wait when the queue is full. */
export const RETRY_AFTER_SECONDS = 5;

const integers = new Intl.NumberFormat('vi-VN');

/**
 * The refusal for a job the pool ended or could not take, in both languages: 422 over the time
 * limit or failed, 413 over the memory limit, 503 (with Retry-After) when the queue is full, the
 * worker is missing or the server is stopping.
 *
 * @example
 * poolRefusal('busy').status // 503
 */
export function poolRefusal(reason: PoolFailure): { readonly status: ApiError['status']; readonly text: Localized; readonly retryAfter?: number } {
  const config = readPoolConfig();
  switch (reason) {
    case 'timeout': {
      const seconds = integers.format(Math.ceil(config.timeoutMs / 1000));
      return {
        status: 422,
        text: {
          vi: `Nội dung gửi lên cần quá ${seconds} giây để xử lý nên máy chủ đã dừng. Hãy chia tệp hoặc văn bản thành nhiều phần nhỏ hơn.`,
          en: `The content sent needs more than ${seconds} seconds to process, so the server stopped. Split the file or text into smaller parts.`,
        },
      };
    }
    case 'memory': {
      const megabytes = integers.format(config.memoryMb);
      return {
        status: 413,
        text: {
          vi: `Nội dung gửi lên cần quá ${megabytes} MB bộ nhớ để xử lý nên máy chủ đã dừng. Hãy chia tệp thành nhiều tệp nhỏ hơn.`,
          en: `The content sent needs more than ${megabytes} MB of memory to process, so the server stopped. Split the file into smaller files.`,
        },
      };
    }
    case 'busy':
      return {
        status: 503,
        retryAfter: RETRY_AFTER_SECONDS,
        text: {
          vi: `Máy chủ đang bận: quá nhiều yêu cầu đang chờ. Hãy thử lại sau ${RETRY_AFTER_SECONDS} giây.`,
          en: `The server is busy: too many requests are waiting. Try again in ${RETRY_AFTER_SECONDS} seconds.`,
        },
      };
    case 'crashed':
      return {
        status: 422,
        text: {
          vi: 'Máy chủ không xử lý được nội dung này; số liệu đã lưu không bị thay đổi. Hãy kiểm tra lại tệp và thử lại.',
          en: 'The server could not process this content; stored data was not changed. Check the file and try again.',
        },
      };
    case 'unavailable':
      return {
        status: 503,
        retryAfter: RETRY_AFTER_SECONDS,
        text: {
          vi: 'Máy chủ chưa sẵn sàng xử lý tệp (thiếu luồng xử lý). Hãy thử lại sau.',
          en: 'The server is not ready to process files (its worker is missing). Try again later.',
        },
      };
    case 'stopping':
      return {
        status: 503,
        retryAfter: RETRY_AFTER_SECONDS,
        text: {
          vi: `Máy chủ đang dừng để khởi động lại nên không nhận việc mới; số liệu đã lưu không bị thay đổi. Hãy thử lại sau ${RETRY_AFTER_SECONDS} giây.`,
          en: `The server is stopping for a restart and takes no new work; stored data was not changed. Try again in ${RETRY_AFTER_SECONDS} seconds.`,
        },
      };
  }
}

/**
 * Runs a job in the pool; a job the pool ended or refused becomes an {@link ApiError}.
 *
 * @example
 * const analysis = await runInPool({ kind: 'analyse-upload', files, limits });
 * if (!analysis.ok) return errorResponse(analysis.error); // 413 / 422 / 503
 */
export async function runInPool<K extends JobKind>(
  job: JobOf<K>,
): Promise<{ readonly ok: true; readonly value: JobResults[K] } | { readonly ok: false; readonly error: ApiError }> {
  const outcome = await getPool().run(job);
  if (outcome.ok) return outcome;
  const refusal = poolRefusal(outcome.reason);
  return { ok: false, error: { status: refusal.status, message: refusal.text, retryAfter: refusal.retryAfter } };
}

import { z } from "zod";

const uuid = z.uuid({ message: "Unknown id." });

export const applyMoveSchema = z.object({
  accountId: uuid,
  fromAmId: uuid,
  toAmId: uuid,
  /** The account version the leader's preview was based on (optimistic concurrency). */
  expectedVersion: z.number({ message: "Missing version." }).int().min(1),
});

-- AlterTable
ALTER TABLE "FollowUp" ADD COLUMN     "dueRemindedAt" TIMESTAMP(3);

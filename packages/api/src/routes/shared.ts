import { z } from "zod";

export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(100).default(50).meta({ description: "Items per page, 1-100" }),
  cursor: z.string().min(1).max(2048).optional().meta({ description: "`nextCursor` of the previous page" }),
};

export const page = <T extends z.ZodType>(item: T, id: string) =>
  z
    .object({ items: z.array(item), nextCursor: z.string().optional().meta({ description: "Absent on the last page" }) })
    .meta({ id });

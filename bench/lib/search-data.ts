import { readFile } from 'node:fs/promises';
import { sql } from 'kysely';
import type { Db } from '../../server/db/index.ts';
import { generateInbox } from './inbox-data.ts';

/** What customers and teammates write, in Spanish and English; each part is two of these, sometimes an order. */
const PHRASES = [
  'Hola, necesito información sobre mi factura',
  'No puedo entrar en mi cuenta desde ayer',
  'El pedido no ha llegado todavía',
  '¿Podéis devolverme el dinero? Quiero un reembolso',
  'La aplicación se cierra al abrir el carrito',
  'Gracias por la ayuda, ya funciona',
  'He cambiado la dirección de envío',
  '¿Cuándo se renueva la suscripción?',
  'Me habéis cobrado dos veces este mes',
  'Quiero cancelar mi suscripción',
  'La contraseña no funciona después del cambio',
  'Te envío la captura de pantalla',
  'El código de descuento no se aplica',
  'Necesito una factura con mi CIF',
  '¿Tenéis envío a Canarias?',
  'Hi, I need help with my invoice',
  'I cannot log in to my account',
  'My order has not arrived yet',
  'Can I get a refund for the last payment?',
  'The app crashes when I open the cart',
  'Thanks, it works now',
  'I was charged twice this month',
  'How do I cancel my subscription?',
  'The password reset email never arrived',
  'Please update my shipping address',
  'The discount code does not apply',
  'Is there an export to CSV?',
  'Lo reviso y te digo algo en unos minutos',
  'He emitido el reembolso, lo verás en 3-5 días',
  'Hemos restablecido tu contraseña',
  'I have escalated this to our billing team',
  'Could you send me a screenshot?',
  'Cliente VIP: revisar con facturación antes de responder',
  'Possible duplicate charge, check the payment provider',
];
const FIRST_NAMES = [
  'Lucía',
  'María',
  'Sofía',
  'Martina',
  'Julia',
  'Paula',
  'Valeria',
  'Emma',
  'Daniela',
  'Carla',
  'Hugo',
  'Martín',
  'Lucas',
  'Mateo',
  'Leo',
  'Daniel',
  'Alejandro',
  'Pablo',
  'Manuel',
  'Álvaro',
  'Olivia',
  'Amelia',
  'Isla',
  'Ava',
  'Mia',
  'Noah',
  'Oliver',
  'George',
  'Arthur',
  'Harry',
];
const LAST_NAMES = [
  'García',
  'Rodríguez',
  'González',
  'Fernández',
  'López',
  'Martínez',
  'Sánchez',
  'Pérez',
  'Gómez',
  'Martín',
  'Jiménez',
  'Ruiz',
  'Hernández',
  'Díaz',
  'Moreno',
  'Muñoz',
  'Álvarez',
  'Romero',
  'Alonso',
  'Gutiérrez',
  'Smith',
  'Jones',
  'Taylor',
  'Brown',
  'Williams',
  'Wilson',
  'Johnson',
  'Davies',
  'Robinson',
  'Wright',
];

const array = (values: string[]) => sql`ARRAY[${sql.join(values.map((value) => sql.lit(value)))}]::text[]`;

/** The search migration's CREATE INDEX statements: dropped while seeding, built once afterwards (faster). */
async function searchIndexStatements(): Promise<{ names: string[]; statements: string[] }> {
  const url = new URL('../../server/db/migrations/20261204010000_search.sql', import.meta.url);
  const text = await readFile(url, 'utf8');
  const statements = [...text.matchAll(/CREATE INDEX[^;]+;/g)].map((match) => match[0]);
  const names = statements.map((statement) => statement.split(/\s+/)[2] ?? '');
  return { names, statements };
}

/**
 * A realistic inbox (bench/lib/inbox-data.ts) whose contacts have real-looking names and emails and whose
 * parts are messages in Spanish and English (every fifth a note; one in five mentions an order number),
 * set-based; the search indexes are built after the rows, as a restore would.
 */
export async function generateSearchInbox(
  db: Db,
  workspaceId: string,
  shape: { contacts: number; conversations: number; partsPerConversation: number },
): Promise<void> {
  const { names, statements } = await searchIndexStatements();
  for (const name of names) await sql`DROP INDEX ${sql.id(name)}`.execute(db);
  await generateInbox(db, workspaceId, { teammates: 30, ...shape, partsPerConversation: 0 });
  await db.connection().execute(async (connection) => {
    await sql`SELECT setseed(0.17)`.execute(connection);
    await sql`UPDATE contacts SET name = n.first || ' ' || n.last,
        email = lower(translate(n.first || '.' || n.last, 'ÁáéíóúÍÓÚñÑ', 'AaeiouIOUnN')) || id || '@example.com'
      FROM (SELECT k.id AS contact_id, (${array(FIRST_NAMES)})[1 + (k.id * 7) % ${FIRST_NAMES.length}] AS first,
              (${array(LAST_NAMES)})[1 + (k.id * 13 / 7) % ${LAST_NAMES.length}] AS last
            FROM contacts k WHERE k.workspace_id = ${workspaceId}) n
      WHERE contacts.workspace_id = ${workspaceId} AND contacts.id = n.contact_id`.execute(connection);
    await sql`INSERT INTO conversation_parts (workspace_id, conversation_id, part_type, author_type, author_id, body,
        is_public, state, created_at)
      SELECT c.workspace_id, c.id, CASE WHEN k % 5 = 0 THEN 'note' ELSE 'comment' END,
        CASE WHEN k % 2 = 0 THEN 'admin' ELSE 'user' END,
        CASE WHEN k % 2 = 0 THEN coalesce(c.admin_assignee_id, 1)::text ELSE c.contact_id::text END,
        '<p>' || (${array(PHRASES)})[1 + floor(random() * ${PHRASES.length})::int] || ' '
          || (${array(PHRASES)})[1 + floor(random() * ${PHRASES.length})::int]
          || CASE WHEN random() < 0.2 THEN ' (pedido A-' || (100000 + c.id) || ')' ELSE '' END || '</p>',
        k % 5 <> 0, c.state, c.created_at + k * interval '1 minute'
      FROM conversations c, generate_series(1, ${shape.partsPerConversation}::int) k
      WHERE c.workspace_id = ${workspaceId}`.execute(connection);
    await sql`UPDATE conversations SET parts_count = ${shape.partsPerConversation}::int
      WHERE workspace_id = ${workspaceId}`.execute(connection);
    await sql`SET maintenance_work_mem = '256MB'`.execute(connection);
    for (const statement of statements) await sql.raw(statement).execute(connection);
    await sql`VACUUM ANALYZE`.execute(connection);
    await sql`CHECKPOINT`.execute(connection);
  });
}

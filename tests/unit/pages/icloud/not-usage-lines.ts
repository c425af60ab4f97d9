/** Lines that say how much is free, uploading or in a category: no usage, on the page or pasted. */
export const NOT_USAGE_LINES = [
  '1.2 GB of 5 GB available',
  'Uploading 1 GB of 2 GB',
  'Noch 3,8 GB von 5 GB frei',
  '3,8 Go disponibles sur 5 Go',
  'Quedan 3,8 GB de 5 GB',
  '5 GB中3.8 GBが利用可能',
  '可用 3.8 GB（共 5 GB）',
  '5GB 중 3.8GB 사용 가능',
  'Photos 2.1 GB · Backups 1.5 GB',
  'Téléchargement de 1 Go sur 2 Go',
];

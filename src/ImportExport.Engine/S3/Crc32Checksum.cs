namespace ImportExport.S3
{
    /// <summary>CRC32 (IEEE) and CRC32C (Castagnoli), big-endian, as S3's x-amz-checksum-crc32/-crc32c carry them.</summary>
    internal static class Crc32Checksum
    {
        private static readonly uint[] Ieee = Table(0xEDB88320u);
        private static readonly uint[] Castagnoli = Table(0x82F63B78u);

        public static byte[] Compute(byte[] data, bool castagnoli)
        {
            var table = castagnoli ? Castagnoli : Ieee;
            var crc = 0xFFFFFFFFu;
            foreach (var b in data)
            {
                crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8);
            }

            crc ^= 0xFFFFFFFFu;
            return new[] { (byte)(crc >> 24), (byte)(crc >> 16), (byte)(crc >> 8), (byte)crc };
        }

        private static uint[] Table(uint polynomial)
        {
            var table = new uint[256];
            for (uint i = 0; i < 256; i++)
            {
                var c = i;
                for (var k = 0; k < 8; k++)
                {
                    c = (c & 1) != 0 ? polynomial ^ (c >> 1) : c >> 1;
                }

                table[i] = c;
            }

            return table;
        }
    }
}

import { Module } from '@nestjs/common';
import { SearchModule } from '@kindling/search';
import { SearchResolver } from './search.resolver';

@Module({
  imports: [SearchModule],
  providers: [SearchResolver],
})
export class SearchApiModule {}

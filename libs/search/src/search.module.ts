import { Module } from '@nestjs/common';
import { PostsModule } from '@kindling/posts';
import { ThreadsModule } from '@kindling/threads';
import { SearchService } from './search.service';

@Module({
  imports: [PostsModule, ThreadsModule],
  providers: [SearchService],
  exports: [SearchService],
})
export class SearchModule {}
